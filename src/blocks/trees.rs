//! The block scorer's trees, written by `make train` (scripts/train/train.py) from the
//! tune half of the dev corpora. Do not edit: retrain.

use super::model::Node;

/// The score before any tree: the log-odds of content among the training blocks.
pub const BASELINE: f32 = 0.0996672;

/// Where each tree starts in [`NODES`].
pub const TREE_STARTS: [u16; 30] = [
    0, 15, 30, 45, 60, 75, 90, 105, 120, 135, 150, 165, 180, 195, 210, 225, 240, 255, 270, 285,
    300, 315, 330, 345, 360, 375, 390, 405, 420, 435,
];

/// The nodes of all trees; children are numbered within their tree.
pub const NODES: [Node; 450] = [
    Node::split(17, 0.5, 1, 6), // kept_by_rules
    Node::split(16, 0.5, 2, 3), // in_selection
    Node::leaf(-0.597709),
    Node::split(1, 0.5918, 4, 5), // link_density
    Node::leaf(-0.164336),
    Node::leaf(-0.474658),
    Node::split(16, 0.5, 7, 8), // in_selection
    Node::leaf(-0.226278),
    Node::split(13, 0.5, 9, 14),      // is_generic_box
    Node::split(25, 0.5, 10, 13),     // in_footer
    Node::split(45, 15.7013, 11, 12), // log_page_len
    Node::leaf(0.464883),
    Node::leaf(0.036137),
    Node::leaf(-0.631441),
    Node::leaf(0.08634),
    Node::split(17, 0.5, 1, 6), // kept_by_rules
    Node::split(28, 0.5, 2, 3), // in_main_or_article
    Node::leaf(-0.443629),
    Node::split(2, 3.9069, 4, 5), // log_words
    Node::leaf(-0.287625),
    Node::leaf(0.0324633),
    Node::split(16, 0.5, 7, 10),   // in_selection
    Node::split(46, 0.6004, 8, 9), // selection_share
    Node::leaf(-0.040309),
    Node::leaf(-0.464209),
    Node::split(0, 6.2854, 11, 14), // log_len
    Node::split(27, 0.5, 12, 13),   // in_form
    Node::leaf(0.173278),
    Node::leaf(-0.514862),
    Node::leaf(0.37097),
    Node::split(17, 0.5, 1, 6), // kept_by_rules
    Node::split(16, 0.5, 2, 3), // in_selection
    Node::leaf(-0.38131),
    Node::split(23, 0.5, 4, 5), // in_nav
    Node::leaf(-0.0898612),
    Node::leaf(-0.437581),
    Node::split(16, 0.5, 7, 8), // in_selection
    Node::leaf(-0.114987),
    Node::split(4, 0.0, 9, 10), // sentence_ends_per_word
    Node::leaf(0.0871083),
    Node::split(25, 0.5, 11, 14),     // in_footer
    Node::split(45, 15.7013, 12, 13), // log_page_len
    Node::leaf(0.315284),
    Node::leaf(-0.019879),
    Node::leaf(-0.60574),
    Node::split(17, 0.5, 1, 6), // kept_by_rules
    Node::split(16, 0.5, 2, 3), // in_selection
    Node::leaf(-0.334132),
    Node::split(0, 4.858, 4, 5), // log_len
    Node::leaf(-0.241425),
    Node::leaf(0.00729749),
    Node::split(0, 6.5236, 7, 10), // log_len
    Node::split(40, 0.5, 8, 9),    // levels_to_selection
    Node::leaf(0.095186),
    Node::leaf(-0.148569),
    Node::split(40, 2.5, 11, 12), // levels_to_selection
    Node::leaf(0.285402),
    Node::split(46, 0.9381, 13, 14), // selection_share
    Node::leaf(0.150709),
    Node::leaf(-0.390178),
    Node::split(17, 0.5, 1, 6), // kept_by_rules
    Node::split(18, 0.5, 2, 5), // removed_as_navigation
    Node::split(16, 0.5, 3, 4), // in_selection
    Node::leaf(-0.228719),
    Node::leaf(-0.00707363),
    Node::leaf(-0.316688),
    Node::split(13, 0.5, 7, 14),    // is_generic_box
    Node::split(37, 2.16095, 8, 9), // log_repeats
    Node::leaf(-0.0742658),
    Node::split(27, 0.5, 10, 13),   // in_form
    Node::split(1, 0.9683, 11, 12), // link_density
    Node::leaf(0.240434),
    Node::leaf(-0.0572054),
    Node::leaf(-0.391431),
    Node::leaf(-0.120991),
    Node::split(1, 0.4103, 1, 12), // link_density
    Node::split(37, 2.6962, 2, 7), // log_repeats
    Node::split(28, 0.5, 3, 4),    // in_main_or_article
    Node::leaf(-0.157043),
    Node::split(6, 0.0691, 5, 6), // digit_share
    Node::leaf(0.0626996),
    Node::leaf(-0.276219),
    Node::split(0, 5.0444, 8, 9), // log_len
    Node::leaf(-0.037343),
    Node::split(38, 0.7341, 10, 11), // position
    Node::leaf(0.251782),
    Node::leaf(0.035084),
    Node::split(28, 0.5, 13, 14), // in_main_or_article
    Node::leaf(-0.292207),
    Node::leaf(-0.0790494),
    Node::split(18, 0.5, 1, 14),    // removed_as_navigation
    Node::split(9, 0.5, 2, 11),     // is_p
    Node::split(40, 0.5, 3, 8),     // levels_to_selection
    Node::split(45, 15.7013, 4, 7), // log_page_len
    Node::split(44, 5.7814, 5, 6),  // log_next_len
    Node::leaf(-0.0296102),
    Node::leaf(0.142811),
    Node::leaf(-0.778745),
    Node::split(46, 0.1547, 9, 10), // selection_share
    Node::leaf(0.0824344),
    Node::leaf(-0.188028),
    Node::split(0, 7.3663, 12, 13), // log_len
    Node::leaf(0.0329457),
    Node::leaf(0.2081),
    Node::leaf(-0.266423),
    Node::split(16, 0.5, 1, 4),    // in_selection
    Node::split(46, 0.2889, 2, 3), // selection_share
    Node::leaf(0.00429467),
    Node::leaf(-0.24401),
    Node::split(41, 0.8462, 5, 14),  // prev_link_density
    Node::split(13, 0.5, 6, 13),     // is_generic_box
    Node::split(45, 15.7013, 7, 10), // log_page_len
    Node::split(25, 0.5, 8, 9),      // in_footer
    Node::leaf(0.162992),
    Node::leaf(-0.470369),
    Node::split(37, 6.5469, 11, 12), // log_repeats
    Node::leaf(-0.402923),
    Node::leaf(0.376779),
    Node::leaf(-0.0863634),
    Node::leaf(-0.10494),
    Node::split(42, 0.8571, 1, 12), // next_link_density
    Node::split(44, 5.0444, 2, 7),  // log_next_len
    Node::split(2, 5.2095, 3, 6),   // log_words
    Node::split(27, 0.5, 4, 5),     // in_form
    Node::leaf(-0.0518824),
    Node::leaf(-0.392445),
    Node::leaf(0.113116),
    Node::split(38, 0.7764, 8, 11), // position
    Node::split(37, 1.7925, 9, 10), // log_repeats
    Node::leaf(-0.0421673),
    Node::leaf(0.198623),
    Node::leaf(-0.0660319),
    Node::split(23, 0.5, 13, 14), // in_nav
    Node::leaf(-0.0969458),
    Node::leaf(-0.308431),
    Node::split(23, 0.5, 1, 14),  // in_nav
    Node::split(25, 0.5, 2, 13),  // in_footer
    Node::split(0, 4.2479, 3, 4), // log_len
    Node::leaf(-0.0980619),
    Node::split(38, 0.7876, 5, 10), // position
    Node::split(26, 0.5, 6, 9),     // in_aside
    Node::split(37, 2.6962, 7, 8),  // log_repeats
    Node::leaf(0.028663),
    Node::leaf(0.151616),
    Node::leaf(-0.370636),
    Node::split(45, 11.697, 11, 12), // log_page_len
    Node::leaf(0.276524),
    Node::leaf(-0.10565),
    Node::leaf(-0.308965),
    Node::leaf(-0.304348),
    Node::split(23, 0.5, 1, 14),   // in_nav
    Node::split(40, 2.5, 2, 11),   // levels_to_selection
    Node::split(37, 1.2925, 3, 4), // log_repeats
    Node::leaf(-0.143275),
    Node::split(2, 5.2479, 5, 10), // log_words
    Node::split(15, 0.5, 6, 9),    // is_quote_or_caption
    Node::split(27, 0.5, 7, 8),    // in_form
    Node::leaf(0.0603589),
    Node::leaf(-0.280024),
    Node::leaf(-0.718611),
    Node::leaf(0.175406),
    Node::split(46, 0.5983, 12, 13), // selection_share
    Node::leaf(0.0219819),
    Node::leaf(-0.173123),
    Node::leaf(-0.291764),
    Node::split(28, 0.5, 1, 8),    // in_main_or_article
    Node::split(32, 0.5, 2, 7),    // names_navigation
    Node::split(46, 0.8447, 3, 4), // selection_share
    Node::leaf(-0.0523828),
    Node::split(40, 11.5, 5, 6), // levels_to_selection
    Node::leaf(0.106271),
    Node::leaf(4.12188),
    Node::leaf(-0.235264),
    Node::split(45, 15.5835, 9, 12), // log_page_len
    Node::split(44, 6.6724, 10, 11), // log_next_len
    Node::leaf(0.0257939),
    Node::leaf(0.173975),
    Node::split(46, 0.8763, 13, 14), // selection_share
    Node::leaf(0.0897994),
    Node::leaf(-0.455909),
    Node::split(7, 0.2024, 1, 8),  // capitalised_share
    Node::split(6, 0.0541, 2, 7),  // digit_share
    Node::split(38, 0.6271, 3, 4), // position
    Node::leaf(0.119789),
    Node::split(45, 11.7723, 5, 6), // log_page_len
    Node::leaf(0.233804),
    Node::leaf(-0.0142868),
    Node::leaf(-0.0799524),
    Node::split(10, 1.5, 9, 14),      // heading_level
    Node::split(37, 6.69345, 10, 13), // log_repeats
    Node::split(12, 0.5, 11, 12),     // is_cell
    Node::leaf(-0.106281),
    Node::leaf(0.118814),
    Node::leaf(0.450239),
    Node::leaf(0.102558),
    Node::split(23, 0.5, 1, 14),    // in_nav
    Node::split(37, 2.9037, 2, 9),  // log_repeats
    Node::split(45, 15.2691, 3, 6), // log_page_len
    Node::split(45, 10.6671, 4, 5), // log_page_len
    Node::leaf(0.152397),
    Node::leaf(-0.078684),
    Node::split(45, 15.289, 7, 8), // log_page_len
    Node::leaf(0.744446),
    Node::leaf(0.0241625),
    Node::split(45, 14.9021, 10, 13), // log_page_len
    Node::split(44, 6.2854, 11, 12),  // log_next_len
    Node::leaf(0.0441778),
    Node::leaf(0.178974),
    Node::leaf(-0.0706023),
    Node::leaf(-0.264207),
    Node::split(26, 0.5, 1, 14), // in_aside
    Node::split(25, 0.5, 2, 13), // in_footer
    Node::split(5, 0.013, 3, 4), // commas_per_word
    Node::leaf(-0.0234791),
    Node::split(45, 13.6345, 5, 6), // log_page_len
    Node::leaf(0.129724),
    Node::split(40, 2.5, 7, 10),    // levels_to_selection
    Node::split(37, 4.42585, 8, 9), // log_repeats
    Node::leaf(-0.0207553),
    Node::leaf(0.174619),
    Node::split(46, 0.848, 11, 12), // selection_share
    Node::leaf(-0.00249771),
    Node::leaf(-0.275404),
    Node::leaf(-0.26476),
    Node::leaf(-0.338704),
    Node::split(23, 0.5, 1, 14),    // in_nav
    Node::split(38, 0.7154, 2, 13), // position
    Node::split(0, 7.9189, 3, 10),  // log_len
    Node::split(26, 0.5, 4, 9),     // in_aside
    Node::split(15, 0.5, 5, 8),     // is_quote_or_caption
    Node::split(38, 0.1373, 6, 7),  // position
    Node::leaf(-0.171272),
    Node::leaf(0.0263763),
    Node::leaf(-0.445361),
    Node::leaf(-0.337834),
    Node::split(45, 13.286, 11, 12), // log_page_len
    Node::leaf(0.23521),
    Node::leaf(0.0649404),
    Node::leaf(-0.0561829),
    Node::leaf(-0.243418),
    Node::split(43, 6.3038, 1, 14), // log_prev_len
    Node::split(39, 4.3571, 2, 13), // log_depth
    Node::split(23, 0.5, 3, 12),    // in_nav
    Node::split(37, 2.6962, 4, 9),  // log_repeats
    Node::split(45, 15.2691, 5, 8), // log_page_len
    Node::split(45, 9.8361, 6, 7),  // log_page_len
    Node::leaf(0.136241),
    Node::leaf(-0.122925),
    Node::leaf(0.283117),
    Node::split(45, 14.2097, 10, 11), // log_page_len
    Node::leaf(0.0470336),
    Node::leaf(-0.0644195),
    Node::leaf(-0.287671),
    Node::leaf(0.0825328),
    Node::leaf(0.0672937),
    Node::split(25, 0.5, 1, 8),     // in_footer
    Node::split(44, 7.3129, 2, 7),  // log_next_len
    Node::split(45, 11.0382, 3, 4), // log_page_len
    Node::leaf(0.138047),
    Node::split(37, 7.1287, 5, 6), // log_repeats
    Node::leaf(-0.0237751),
    Node::leaf(0.28558),
    Node::leaf(0.0868467),
    Node::split(37, 5.44285, 9, 10), // log_repeats
    Node::leaf(-0.264853),
    Node::split(37, 5.5391, 11, 14), // log_repeats
    Node::split(13, 0.5, 12, 13),    // is_generic_box
    Node::leaf(9.0334),
    Node::leaf(-0.307108),
    Node::leaf(-0.303938),
    Node::split(25, 0.5, 1, 14),    // in_footer
    Node::split(26, 0.5, 2, 13),    // in_aside
    Node::split(4, 0.0235, 3, 8),   // sentence_ends_per_word
    Node::split(10, 1.5, 4, 7),     // heading_level
    Node::split(37, 4.72765, 5, 6), // log_repeats
    Node::leaf(-0.0709542),
    Node::leaf(0.0473206),
    Node::leaf(0.0941437),
    Node::split(45, 13.7419, 9, 12), // log_page_len
    Node::split(4, 0.0909, 10, 11),  // sentence_ends_per_word
    Node::leaf(0.127421),
    Node::leaf(0.00155013),
    Node::leaf(-0.00721792),
    Node::leaf(-0.275967),
    Node::leaf(-0.237219),
    Node::split(28, 0.5, 1, 12),    // in_main_or_article
    Node::split(32, 0.5, 2, 11),    // names_navigation
    Node::split(46, 0.9181, 3, 10), // selection_share
    Node::split(45, 15.5436, 4, 9), // log_page_len
    Node::split(46, 0.5346, 5, 6),  // selection_share
    Node::leaf(0.048573),
    Node::split(38, 0.5661, 7, 8), // position
    Node::leaf(0.00293022),
    Node::leaf(-0.244799),
    Node::leaf(0.463057),
    Node::leaf(0.102702),
    Node::leaf(-0.155303),
    Node::split(14, 0.5, 13, 14), // is_code
    Node::leaf(0.0286562),
    Node::leaf(-0.354773),
    Node::split(38, 0.8184, 1, 8), // position
    Node::split(21, 0.5, 2, 7),    // removed_as_social_or_newsletter
    Node::split(43, 5.0, 3, 6),    // log_prev_len
    Node::split(39, 4.3571, 4, 5), // log_depth
    Node::leaf(-0.0326369),
    Node::leaf(0.106909),
    Node::leaf(0.0463643),
    Node::leaf(-0.299707),
    Node::split(37, 3.6427, 9, 10), // log_repeats
    Node::leaf(-0.122067),
    Node::split(45, 14.9021, 11, 12), // log_page_len
    Node::leaf(0.149278),
    Node::split(45, 15.0157, 13, 14), // log_page_len
    Node::leaf(-0.701224),
    Node::leaf(-0.134523),
    Node::split(26, 0.5, 1, 14),     // in_aside
    Node::split(37, 6.75485, 2, 13), // log_repeats
    Node::split(45, 15.7013, 3, 10), // log_page_len
    Node::split(45, 15.2691, 4, 7),  // log_page_len
    Node::split(45, 15.1375, 5, 6),  // log_page_len
    Node::leaf(0.00389369),
    Node::leaf(-0.239091),
    Node::split(39, 4.2089, 8, 9), // log_depth
    Node::leaf(0.0482346),
    Node::leaf(0.449701),
    Node::split(38, 0.4953, 11, 12), // position
    Node::leaf(0.0518317),
    Node::leaf(-0.351802),
    Node::leaf(0.214065),
    Node::leaf(-0.23595),
    Node::split(44, 4.3923, 1, 12), // log_next_len
    Node::split(12, 0.5, 2, 11),    // is_cell
    Node::split(46, 0.2889, 3, 10), // selection_share
    Node::split(46, 0.2574, 4, 5),  // selection_share
    Node::leaf(0.00700294),
    Node::split(25, 0.5, 6, 9), // in_footer
    Node::split(23, 0.5, 7, 8), // in_nav
    Node::leaf(0.22056),
    Node::leaf(8.5239),
    Node::leaf(13.6445),
    Node::leaf(-0.0680549),
    Node::leaf(0.148972),
    Node::split(1, 0.6923, 13, 14), // link_density
    Node::leaf(0.0431918),
    Node::leaf(-0.0861555),
    Node::split(23, 0.5, 1, 4), // in_nav
    Node::split(25, 0.5, 2, 3), // in_footer
    Node::leaf(0.00631101),
    Node::leaf(-0.31153),
    Node::split(39, 4.9771, 5, 10), // log_depth
    Node::split(46, 0.2889, 6, 9),  // selection_share
    Node::split(46, 0.2676, 7, 8),  // selection_share
    Node::leaf(-0.75522),
    Node::leaf(-21.9159),
    Node::leaf(-0.282447),
    Node::split(45, 14.1399, 11, 12), // log_page_len
    Node::leaf(-0.303802),
    Node::split(44, 4.3923, 13, 14), // log_next_len
    Node::leaf(-25.6387),
    Node::leaf(-0.305752),
    Node::split(23, 0.5, 1, 14), // in_nav
    Node::split(25, 0.5, 2, 13), // in_footer
    Node::split(3, 5.0, 3, 4),   // word_len
    Node::leaf(-0.0562049),
    Node::split(45, 11.7723, 5, 6), // log_page_len
    Node::leaf(0.129475),
    Node::split(37, 1.7925, 7, 10), // log_repeats
    Node::split(43, 2.3219, 8, 9),  // log_prev_len
    Node::leaf(0.218232),
    Node::leaf(-0.0926148),
    Node::split(41, 0.8462, 11, 12), // prev_link_density
    Node::leaf(0.045438),
    Node::leaf(-0.061157),
    Node::leaf(-0.296323),
    Node::leaf(-0.358984),
    Node::split(23, 0.5, 1, 14), // in_nav
    Node::split(35, 0.5, 2, 5),  // names_social
    Node::split(25, 0.5, 3, 4),  // in_footer
    Node::leaf(0.00715183),
    Node::leaf(-0.272731),
    Node::split(37, 6.31285, 6, 9), // log_repeats
    Node::split(0, 6.8826, 7, 8),   // log_len
    Node::leaf(-0.277855),
    Node::leaf(0.190095),
    Node::split(38, 0.3388, 10, 11), // position
    Node::leaf(-0.379443),
    Node::split(2, 4.3923, 12, 13), // log_words
    Node::leaf(-2.25319),
    Node::leaf(-6.28536),
    Node::leaf(-0.366569),
    Node::split(23, 0.5, 1, 14),   // in_nav
    Node::split(15, 0.5, 2, 11),   // is_quote_or_caption
    Node::split(0, 4.0, 3, 10),    // log_len
    Node::split(46, 0.8314, 4, 5), // selection_share
    Node::leaf(-0.116649),
    Node::split(46, 0.8491, 6, 7), // selection_share
    Node::leaf(0.327607),
    Node::split(12, 0.5, 8, 9), // is_cell
    Node::leaf(-0.0928863),
    Node::leaf(0.209944),
    Node::leaf(0.0149762),
    Node::split(45, 13.4946, 12, 13), // log_page_len
    Node::leaf(0.146088),
    Node::leaf(-0.525434),
    Node::leaf(-0.367588),
    Node::split(37, 3.6427, 1, 8), // log_repeats
    Node::split(37, 3.5222, 2, 3), // log_repeats
    Node::leaf(-0.0130659),
    Node::split(39, 4.04375, 4, 5), // log_depth
    Node::leaf(-0.0659102),
    Node::split(0, 8.2808, 6, 7), // log_len
    Node::leaf(-0.499278),
    Node::leaf(-2.24281),
    Node::split(45, 14.5804, 9, 10), // log_page_len
    Node::leaf(0.0693226),
    Node::split(40, 6.5, 11, 14),     // levels_to_selection
    Node::split(45, 14.5844, 12, 13), // log_page_len
    Node::leaf(-0.738006),
    Node::leaf(0.00368921),
    Node::leaf(-0.331442),
    Node::split(23, 0.5, 1, 14), // in_nav
    Node::split(25, 0.5, 2, 13), // in_footer
    Node::split(43, 1.0, 3, 4),  // log_prev_len
    Node::leaf(-0.152443),
    Node::split(45, 10.6671, 5, 6), // log_page_len
    Node::leaf(0.143713),
    Node::split(38, 0.6864, 7, 10), // position
    Node::split(2, 5.9307, 8, 9),   // log_words
    Node::leaf(0.00605804),
    Node::leaf(0.104193),
    Node::split(39, 4.67215, 11, 12), // log_depth
    Node::leaf(-0.0248651),
    Node::leaf(-0.333622),
    Node::leaf(-0.265402),
    Node::leaf(-0.349456),
    Node::split(27, 0.5, 1, 8), // in_form
    Node::split(34, 0.5, 2, 3), // names_comments
    Node::leaf(0.0108585),
    Node::split(45, 13.1891, 4, 7), // log_page_len
    Node::split(46, 0.4943, 5, 6),  // selection_share
    Node::leaf(0.625834),
    Node::leaf(-0.341594),
    Node::leaf(-0.344877),
    Node::split(20, 0.5, 9, 10), // removed_as_comments
    Node::leaf(-0.256274),
    Node::split(45, 13.8922, 11, 14), // log_page_len
    Node::split(45, 13.8273, 12, 13), // log_page_len
    Node::leaf(0.283508),
    Node::leaf(1.59798),
    Node::leaf(-0.171908),
];
