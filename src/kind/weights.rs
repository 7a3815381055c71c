//! The page-kind classifier's weights, written by `make train` (scripts/train/train.py)
//! from the tune half of the dev corpora. Do not edit: retrain.

use super::PageFeature;

/// The hash of the page feature names the table was trained on (see src/schema.rs).
pub const SCHEMA: u64 = 0xca67a8afcf7043ab;

/// Per kind (in `PageKind::ALL`'s order): the score before any feature.
pub const INTERCEPTS: [f32; 7] = [
    4.3515, 1.32438, -1.36801, -0.298802, -1.01309, -4.52278, 1.5268,
];

/// Per kind, a weight per page feature.
pub const WEIGHTS: [[f32; PageFeature::COUNT]; 7] = [
    // article
    [
        -1.99821,  // declares_forum
        -1.2614,   // declares_product
        1.65437,   // declares_list
        2.24918,   // declares_article
        -1.02805,  // declares_docs
        0.36927,   // declares_service
        -0.594727, // declares_breadcrumbs
        1.10567,   // og_article
        -3.04441,  // og_product
        -0.424086, // og_website
        -2.43738,  // made_by_forum_software
        0.710244,  // made_by_docs_software
        0.944972,  // made_by_shop_software
        -1.06817,  // path_forum
        -0.537582, // path_docs
        -1.50906,  // path_product
        -1.03969,  // path_collection
        0.890773,  // path_listing
        2.15751,   // path_has_date
        0.131351,  // path_depth
        0.607909,  // path_is_root
        0.39479,   // slug_words
        0.137268,  // log_page_len
        -0.761998, // log_blocks
        -1.93416,  // page_link_density
        0.515084,  // selection_share
        0.331087,  // log_max_repeats
        -3.70762,  // currency_per_block
        4.00576,   // code_share
        0.0869802, // log_articles
        0.380336,  // log_times
        -2.99441,  // heading_share
        2.92798,   // comment_share
    ],
    // documentation
    [
        -1.85644,  // declares_forum
        -1.24934,  // declares_product
        -1.00749,  // declares_list
        1.4197,    // declares_article
        4.47404,   // declares_docs
        -3.86762,  // declares_service
        -1.9154,   // declares_breadcrumbs
        0.05548,   // og_article
        -0.471283, // og_product
        -0.06598,  // og_website
        -1.13907,  // made_by_forum_software
        5.44555,   // made_by_docs_software
        0.128305,  // made_by_shop_software
        -1.97155,  // path_forum
        3.99419,   // path_docs
        -1.65023,  // path_product
        -2.08471,  // path_collection
        2.72805,   // path_listing
        -0.404006, // path_has_date
        0.46293,   // path_depth
        -0.253126, // path_is_root
        -0.422525, // slug_words
        -0.318815, // log_page_len
        0.366264,  // log_blocks
        -2.53002,  // page_link_density
        1.45022,   // selection_share
        0.301831,  // log_max_repeats
        0.0685267, // currency_per_block
        8.3991,    // code_share
        -0.173309, // log_articles
        -0.464777, // log_times
        -17.499,   // heading_share
        -3.49132,  // comment_share
    ],
    // forum
    [
        3.51637,     // declares_forum
        -0.436784,   // declares_product
        -1.41171,    // declares_list
        -0.588145,   // declares_article
        -1.53833,    // declares_docs
        -0.846881,   // declares_service
        1.1241,      // declares_breadcrumbs
        -1.96817,    // og_article
        -0.566715,   // og_product
        -1.4704,     // og_website
        5.99522,     // made_by_forum_software
        -1.00092,    // made_by_docs_software
        -0.0988465,  // made_by_shop_software
        6.41228,     // path_forum
        -0.689674,   // path_docs
        -0.368125,   // path_product
        -0.515179,   // path_collection
        -4.41268,    // path_listing
        -0.0311168,  // path_has_date
        -0.206431,   // path_depth
        2.50389,     // path_is_root
        0.43665,     // slug_words
        0.10371,     // log_page_len
        -0.0505871,  // log_blocks
        -3.09232,    // page_link_density
        -0.68767,    // selection_share
        -0.191005,   // log_max_repeats
        -6.37803,    // currency_per_block
        -3.08751,    // code_share
        -0.00812795, // log_articles
        0.489353,    // log_times
        1.20503,     // heading_share
        3.5134,      // comment_share
    ],
    // service
    [
        -0.524529,  // declares_forum
        0.113366,   // declares_product
        0.407307,   // declares_list
        -0.0444756, // declares_article
        -2.00203,   // declares_docs
        1.87802,    // declares_service
        0.190768,   // declares_breadcrumbs
        0.984852,   // og_article
        -2.08846,   // og_product
        0.692236,   // og_website
        -0.494462,  // made_by_forum_software
        -1.94832,   // made_by_docs_software
        -0.639294,  // made_by_shop_software
        -2.79756,   // path_forum
        -1.27713,   // path_docs
        1.06717,    // path_product
        0.10322,    // path_collection
        -1.38864,   // path_listing
        -0.649915,  // path_has_date
        -0.117415,  // path_depth
        -0.46846,   // path_is_root
        -0.164669,  // slug_words
        0.211446,   // log_page_len
        0.135312,   // log_blocks
        -0.523758,  // page_link_density
        0.388653,   // selection_share
        -0.457971,  // log_max_repeats
        -6.76246,   // currency_per_block
        0.391325,   // code_share
        0.0570844,  // log_articles
        -0.98615,   // log_times
        4.33216,    // heading_share
        -3.14956,   // comment_share
    ],
    // listing
    [
        0.550551,  // declares_forum
        -2.37345,  // declares_product
        2.10076,   // declares_list
        -0.151185, // declares_article
        2.44734,   // declares_docs
        0.681914,  // declares_service
        -0.40331,  // declares_breadcrumbs
        1.21317,   // og_article
        -0.1647,   // og_product
        0.868943,  // og_website
        -0.903246, // made_by_forum_software
        -1.14014,  // made_by_docs_software
        -0.365106, // made_by_shop_software
        -2.91017,  // path_forum
        -2.43418,  // path_docs
        -1.6408,   // path_product
        1.92914,   // path_collection
        5.26505,   // path_listing
        -0.635924, // path_has_date
        -0.457891, // path_depth
        -1.41216,  // path_is_root
        -0.161524, // slug_words
        0.0344704, // log_page_len
        -0.10715,  // log_blocks
        4.21407,   // page_link_density
        0.330802,  // selection_share
        0.119686,  // log_max_repeats
        6.3274,    // currency_per_block
        -3.89562,  // code_share
        0.0151143, // log_articles
        0.459576,  // log_times
        7.19343,   // heading_share
        1.02121,   // comment_share
    ],
    // collection
    [
        -1.73646,   // declares_forum
        0.359799,   // declares_product
        -0.684782,  // declares_list
        -1.70836,   // declares_article
        -1.99528,   // declares_docs
        0.54619,    // declares_service
        1.22118,    // declares_breadcrumbs
        -1.3865,    // og_article
        2.25018,    // og_product
        0.0156065,  // og_website
        0.0686837,  // made_by_forum_software
        -1.78442,   // made_by_docs_software
        0.0575347,  // made_by_shop_software
        -0.848162,  // path_forum
        1.78407,    // path_docs
        0.632273,   // path_product
        2.27784,    // path_collection
        -1.16629,   // path_listing
        -0.355696,  // path_has_date
        -0.131976,  // path_depth
        -0.794972,  // path_is_root
        -0.274058,  // slug_words
        -0.0206846, // log_page_len
        0.322226,   // log_blocks
        3.58654,    // page_link_density
        -0.202191,  // selection_share
        0.426564,   // log_max_repeats
        7.72586,    // currency_per_block
        -5.16099,   // code_share
        0.0324829,  // log_articles
        0.362179,   // log_times
        6.12623,    // heading_share
        -1.28007,   // comment_share
    ],
    // product
    [
        2.04873,     // declares_forum
        4.84781,     // declares_product
        -1.05845,    // declares_list
        -1.17671,    // declares_article
        -0.357678,   // declares_docs
        1.23911,     // declares_service
        0.377388,    // declares_breadcrumbs
        -0.00449967, // og_article
        4.08539,     // og_product
        0.383677,    // og_website
        -1.08975,    // made_by_forum_software
        -0.282002,   // made_by_docs_software
        -0.027565,   // made_by_shop_software
        3.18333,     // path_forum
        -0.839702,   // path_docs
        3.46877,     // path_product
        -0.670619,   // path_collection
        -1.91626,    // path_listing
        -0.0808533,  // path_has_date
        0.319432,    // path_depth
        -0.183085,   // path_is_root
        0.191337,    // slug_words
        -0.147395,   // log_page_len
        0.0959332,   // log_blocks
        0.27966,     // page_link_density
        -1.7949,     // selection_share
        -0.530191,   // log_max_repeats
        2.72631,     // currency_per_block
        -0.652067,   // code_share
        -0.0102251,  // log_articles
        -0.240517,   // log_times
        1.63655,     // heading_share
        0.458371,    // comment_share
    ],
];
