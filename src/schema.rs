//! Named feature vectors: the learned parts (the block scorer's trees, the
//! page-kind weights) read features by position, so each vector's features
//! are one enum, its positions and names made from one list, and a hash of
//! the names that the generated tables carry. A table trained on other
//! features fails to compile (see `assert_schema!`).

/// FNV-1a (64 bits) over the names, each followed by a newline: the schema
/// hash `scripts/train/train.py` computes the same way and writes into the
/// tables it generates.
pub const fn schema_hash(names: &[&str]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < names.len() {
        let bytes = names[i].as_bytes();
        let mut j = 0;
        while j <= bytes.len() {
            let byte = if j < bytes.len() { bytes[j] } else { b'\n' };
            hash ^= byte as u64;
            hash = hash.wrapping_mul(0x0100_0000_01b3);
            j += 1;
        }
        i += 1;
    }
    hash
}

/// An enum of features (`Name = "snake_name"`) and its vector type, indexed
/// by the enum: `f[Feature::LogLen] = …`.
macro_rules! feature_vector {
    (
        $(#[$meta:meta])*
        pub enum $name:ident / $vector:ident {
            $($(#[$vmeta:meta])* $variant:ident = $label:literal,)*
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)*
        }

        impl $name {
            /// Every feature, in the vector's order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];
            /// The names, in the vector's order (the training dump's header).
            pub const NAMES: &'static [&'static str] = &[$($label,)*];
            /// Features per vector.
            pub const COUNT: usize = Self::NAMES.len();
            /// The hash of the names (see [`schema_hash`](crate::schema::schema_hash)).
            pub const SCHEMA: u64 = crate::schema::schema_hash(Self::NAMES);

            pub fn name(self) -> &'static str {
                Self::NAMES[self as usize]
            }
        }

        /// A feature vector, indexed by the features' enum.
        #[derive(Clone, Copy, Debug, PartialEq)]
        pub struct $vector(pub [f32; $name::COUNT]);

        impl Default for $vector {
            fn default() -> Self {
                $vector([0.0; $name::COUNT])
            }
        }

        impl std::ops::Index<$name> for $vector {
            type Output = f32;
            fn index(&self, feature: $name) -> &f32 {
                &self.0[feature as usize]
            }
        }

        impl std::ops::IndexMut<$name> for $vector {
            fn index_mut(&mut self, feature: $name) -> &mut f32 {
                &mut self.0[feature as usize]
            }
        }
    };
}

/// Fails the build when a generated table was trained on another schema:
/// `assert_schema!(trees::SCHEMA, Feature)`. The feature `retrain` (the
/// training dump of `make train`, never shipped) builds anyway: the dump is
/// how the new tables are made.
macro_rules! assert_schema {
    ($table:expr, $features:ty) => {
        #[cfg(not(feature = "retrain"))]
        const _: () = assert!(
            $table == <$features>::SCHEMA,
            "the generated table was trained on other features: run `make train`"
        );
        #[cfg(feature = "retrain")]
        const _: u64 = $table;
    };
}

pub(crate) use assert_schema;
pub(crate) use feature_vector;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_reads_every_name_and_their_order() {
        let a = schema_hash(&["log_len", "link_density"]);
        assert_ne!(a, schema_hash(&["link_density", "log_len"]));
        assert_ne!(a, schema_hash(&["log_len", "link_densitx"]));
        assert_ne!(a, schema_hash(&["log_lenlink_density"]));
        // FNV-1a of "a\n", as scripts/train/train.py computes it.
        assert_eq!(schema_hash(&["a"]), 0x089b_dc07_b544_e7b2);
    }
}
