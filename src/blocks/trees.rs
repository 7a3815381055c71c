//! The block scorer's trees, written by `make train` (scripts/train/train.py) from the
//! tune half of the dev corpora. Do not edit: retrain.

use super::model::Node;

/// The hash of the feature names the table was trained on (see src/schema.rs).
pub const SCHEMA: u64 = 0xf1c0eb847cae5c37;

/// The score before any tree: the log-odds of content among the training blocks.
pub const BASELINE: f32 = 0.0424927;

/// Where each tree starts in [`NODES`].
pub const TREE_STARTS: [u16; 40] = [
    0, 15, 30, 45, 60, 75, 90, 105, 120, 135, 150, 165, 180, 195, 210, 225, 240, 255, 270, 285,
    300, 315, 330, 345, 360, 375, 390, 405, 420, 435, 450, 465, 480, 495, 510, 525, 540, 555, 570,
    585,
];

/// The nodes of all trees; children are numbered within their tree.
pub const NODES: [Node; 600] = [
    Node::split(17, 0.5, 1, 2),      // kept_by_rules
    Node::split(47, 0.118948, 3, 4), // selection_after
    Node::split(16, 0.5, 5, 6),      // in_selection
    Node::leaf(-0.375687),
    Node::split(0, 6.03765, 7, 8), // log_len
    Node::leaf(-0.119707),
    Node::split(13, 0.5, 9, 10), // is_generic_box
    Node::leaf(-0.229266),
    Node::leaf(-0.00203067),
    Node::split(0, 6.39597, 11, 12), // log_len
    Node::leaf(0.0448246),
    Node::split(27, 0.5, 13, 14), // in_form
    Node::leaf(0.329602),
    Node::leaf(0.211833),
    Node::leaf(-0.163812),
    Node::split(17, 0.5, 1, 2), // kept_by_rules
    Node::split(28, 0.5, 3, 4), // in_main_or_article
    Node::split(16, 0.5, 5, 6), // in_selection
    Node::leaf(-0.314093),
    Node::split(0, 6.6821, 7, 8), // log_len
    Node::leaf(-0.0970448),
    Node::split(0, 6.03765, 9, 10), // log_len
    Node::leaf(-0.190191),
    Node::leaf(0.00412821),
    Node::split(27, 0.5, 11, 12), // in_form
    Node::split(49, 0.5, 13, 14), // names_caption
    Node::leaf(0.135226),
    Node::leaf(-0.156417),
    Node::leaf(0.267323),
    Node::leaf(-0.111938),
    Node::split(17, 0.5, 1, 2),      // kept_by_rules
    Node::split(47, 0.118948, 3, 4), // selection_after
    Node::split(16, 0.5, 5, 6),      // in_selection
    Node::leaf(-0.273337),
    Node::split(1, 0.521961, 7, 8), // link_density
    Node::leaf(-0.0791029),
    Node::split(13, 0.5, 9, 10), // is_generic_box
    Node::leaf(-0.000941629),
    Node::leaf(-0.192411),
    Node::split(37, 2.20286, 11, 12), // log_repeats
    Node::leaf(0.00521956),
    Node::leaf(0.0773314),
    Node::split(40, 7.5, 13, 14), // levels_to_selection
    Node::leaf(0.234688),
    Node::leaf(-0.0710013),
    Node::split(17, 0.5, 1, 2),       // kept_by_rules
    Node::split(46, 0.0237048, 3, 4), // selection_before
    Node::split(47, 0.0395825, 5, 6), // selection_after
    Node::leaf(-0.249232),
    Node::split(23, 0.5, 7, 8),          // in_nav
    Node::split(2, 4.85336, 9, 10),      // log_words
    Node::split(45, 0.00465079, 11, 12), // share_of_page
    Node::leaf(-0.0533862),
    Node::leaf(-0.251857),
    Node::leaf(-0.107071),
    Node::leaf(0.0980225),
    Node::split(40, 6.5, 13, 14), // levels_to_selection
    Node::leaf(0.21118),
    Node::leaf(0.0947581),
    Node::leaf(-0.144774),
    Node::split(17, 0.5, 1, 2),    // kept_by_rules
    Node::split(28, 0.5, 3, 4),    // in_main_or_article
    Node::split(0, 6.39597, 5, 6), // log_len
    Node::leaf(-0.226247),
    Node::split(4, 0.00571429, 7, 8),  // sentence_ends_per_word
    Node::split(47, 0.0554556, 9, 10), // selection_after
    Node::split(40, 2.5, 11, 12),      // levels_to_selection
    Node::leaf(-0.127231),
    Node::leaf(0.032853),
    Node::leaf(-0.107262),
    Node::leaf(0.0680235),
    Node::leaf(0.196912),
    Node::split(38, 0.770378, 13, 14), // position
    Node::leaf(0.118109),
    Node::leaf(-0.118809),
    Node::split(17, 0.5, 1, 2),       // kept_by_rules
    Node::split(47, 0.0713286, 3, 4), // selection_after
    Node::split(13, 0.5, 5, 6),       // is_generic_box
    Node::leaf(-0.210321),
    Node::split(23, 0.5, 7, 8),      // in_nav
    Node::split(37, 2.20286, 9, 10), // log_repeats
    Node::split(39, 4.3571, 11, 12), // log_depth
    Node::leaf(-0.00609636),
    Node::leaf(-0.215604),
    Node::leaf(-0.0273035),
    Node::split(40, 2.5, 13, 14), // levels_to_selection
    Node::leaf(-0.111521),
    Node::leaf(0.105231),
    Node::leaf(0.180339),
    Node::leaf(0.0573467),
    Node::split(17, 0.5, 1, 2),       // kept_by_rules
    Node::split(47, 0.0554556, 3, 4), // selection_after
    Node::split(4, 0.0135357, 5, 6),  // sentence_ends_per_word
    Node::leaf(-0.195363),
    Node::split(1, 0.492394, 7, 8),   // link_density
    Node::split(37, 2.68736, 9, 10),  // log_repeats
    Node::split(37, 2.68736, 11, 12), // log_repeats
    Node::leaf(0.0296907),
    Node::split(10, 1.5, 13, 14), // heading_level
    Node::leaf(-0.0969463),
    Node::leaf(0.0306155),
    Node::leaf(0.0362167),
    Node::leaf(0.163181),
    Node::leaf(-0.160272),
    Node::leaf(0.0947663),
    Node::split(47, 0.0237095, 1, 2), // selection_after
    Node::split(32, 0.5, 3, 4),       // names_navigation
    Node::split(9, 0.5, 5, 6),        // is_p
    Node::split(37, 3.04802, 7, 8),   // log_repeats
    Node::leaf(-0.196254),
    Node::split(44, 4.73588, 9, 10), // log_next_len
    Node::split(1, 0.39765, 11, 12), // link_density
    Node::leaf(-0.114255),
    Node::leaf(0.0414764),
    Node::leaf(-0.0668575),
    Node::split(42, 0.976874, 13, 14), // next_link_density
    Node::leaf(0.152461),
    Node::leaf(-0.0858869),
    Node::leaf(0.0831036),
    Node::leaf(-0.124107),
    Node::split(18, 0.5, 1, 2),   // removed_as_navigation
    Node::split(0, 6.9204, 3, 4), // log_len
    Node::leaf(-0.18732),
    Node::split(47, 0.0872016, 5, 6), // selection_after
    Node::split(38, 0.738733, 7, 8),  // position
    Node::leaf(-0.103241),
    Node::split(27, 0.5, 9, 10), // in_form
    Node::leaf(0.140632),
    Node::split(40, 0.5, 11, 12),     // levels_to_selection
    Node::split(37, 1.46048, 13, 14), // log_repeats
    Node::leaf(-0.191238),
    Node::leaf(0.0595549),
    Node::leaf(-0.108804),
    Node::leaf(-0.101674),
    Node::leaf(0.0534877),
    Node::split(1, 0.672822, 1, 2),    // link_density
    Node::split(40, 2.5, 3, 4),        // levels_to_selection
    Node::split(10, 0.5, 5, 6),        // heading_level
    Node::split(13, 0.5, 7, 8),        // is_generic_box
    Node::split(45, 0.0139524, 9, 10), // share_of_page
    Node::leaf(-0.15643),
    Node::leaf(0.0472856),
    Node::split(25, 0.5, 11, 12), // in_footer
    Node::leaf(-0.0458341),
    Node::leaf(-0.0931285),
    Node::leaf(0.0535372),
    Node::split(37, 2.20286, 13, 14), // log_repeats
    Node::leaf(-0.236201),
    Node::leaf(0.01665),
    Node::leaf(0.140099),
    Node::split(18, 0.5, 1, 2),        // removed_as_navigation
    Node::split(45, 0.00837143, 3, 4), // share_of_page
    Node::leaf(-0.166482),
    Node::split(47, 0.118948, 5, 6), // selection_after
    Node::split(25, 0.5, 7, 8),      // in_footer
    Node::leaf(-0.0783413),
    Node::split(27, 0.5, 9, 10),      // in_form
    Node::split(37, 2.68736, 11, 12), // log_repeats
    Node::leaf(-0.267021),
    Node::split(49, 0.5, 13, 14), // names_caption
    Node::leaf(-0.178183),
    Node::leaf(0.0229876),
    Node::leaf(0.138872),
    Node::leaf(0.0354502),
    Node::leaf(-0.18668),
    Node::split(41, 0.976917, 1, 2), // prev_link_density
    Node::split(13, 0.5, 3, 4),      // is_generic_box
    Node::split(28, 0.5, 5, 6),      // in_main_or_article
    Node::split(25, 0.5, 7, 8),      // in_footer
    Node::leaf(-0.0599388),
    Node::leaf(-0.160124),
    Node::leaf(-0.0310223),
    Node::split(40, 2.5, 9, 10), // levels_to_selection
    Node::leaf(-0.218167),
    Node::split(2, 5.29017, 11, 12), // log_words
    Node::leaf(-0.00563866),
    Node::split(44, 4.73588, 13, 14), // log_next_len
    Node::leaf(0.155919),
    Node::leaf(0.000990205),
    Node::leaf(0.102555),
    Node::split(18, 0.5, 1, 2),       // removed_as_navigation
    Node::split(0, 4.8126, 3, 4),     // log_len
    Node::split(10, 0.5, 5, 6),       // heading_level
    Node::split(10, 0.5, 7, 8),       // heading_level
    Node::split(38, 0.754556, 9, 10), // position
    Node::leaf(-0.159975),
    Node::leaf(0.0343594),
    Node::leaf(-0.0735026),
    Node::leaf(0.0521377),
    Node::split(37, 2.68736, 11, 12), // log_repeats
    Node::leaf(-0.04716),
    Node::leaf(0.00720384),
    Node::split(1, 0.39765, 13, 14), // link_density
    Node::leaf(0.120407),
    Node::leaf(0.00426815),
    Node::split(23, 0.5, 1, 2), // in_nav
    Node::split(25, 0.5, 3, 4), // in_footer
    Node::leaf(-0.190104),
    Node::split(45, 0.0102317, 5, 6), // share_of_page
    Node::leaf(-0.188068),
    Node::split(44, 6.35631, 7, 8),   // log_next_len
    Node::split(38, 0.7862, 9, 10),   // position
    Node::split(37, 3.04802, 11, 12), // log_repeats
    Node::split(38, 0.7862, 13, 14),  // position
    Node::leaf(0.100782),
    Node::leaf(-0.0195507),
    Node::leaf(-0.0722041),
    Node::leaf(0.00196855),
    Node::leaf(0.0817993),
    Node::leaf(-0.0636469),
    Node::split(23, 0.5, 1, 2),      // in_nav
    Node::split(47, 0.277678, 3, 4), // selection_after
    Node::leaf(-0.182669),
    Node::split(28, 0.5, 5, 6),         // in_main_or_article
    Node::split(9, 0.5, 7, 8),          // is_p
    Node::split(32, 0.5, 9, 10),        // names_navigation
    Node::split(45, 0.0288349, 11, 12), // share_of_page
    Node::split(10, 1.5, 13, 14),       // heading_level
    Node::leaf(0.0988555),
    Node::leaf(-0.0286141),
    Node::leaf(-0.149465),
    Node::leaf(-0.0128442),
    Node::leaf(0.10026),
    Node::leaf(-0.0110723),
    Node::leaf(0.101732),
    Node::split(23, 0.5, 1, 2), // in_nav
    Node::split(25, 0.5, 3, 4), // in_footer
    Node::leaf(-0.175137),
    Node::split(44, 6.35631, 5, 6), // log_next_len
    Node::leaf(-0.171549),
    Node::split(5, 0.0121437, 7, 8),  // commas_per_word
    Node::split(38, 0.770378, 9, 10), // position
    Node::split(28, 0.5, 11, 12),     // in_main_or_article
    Node::leaf(0.0318265),
    Node::split(48, 0.5, 13, 14), // in_figure
    Node::leaf(-0.0199079),
    Node::leaf(-0.0718188),
    Node::leaf(-0.00520328),
    Node::leaf(0.106343),
    Node::leaf(-0.123959),
    Node::split(23, 0.5, 1, 2),     // in_nav
    Node::split(37, 2.68736, 3, 4), // log_repeats
    Node::leaf(-0.167428),
    Node::split(39, 4.2089, 5, 6),    // log_depth
    Node::split(38, 0.707089, 7, 8),  // position
    Node::split(47, 0.134821, 9, 10), // selection_after
    Node::leaf(0.0435604),
    Node::split(45, 0.00279048, 11, 12), // share_of_page
    Node::leaf(-0.0225126),
    Node::leaf(-0.11617),
    Node::leaf(-0.0130567),
    Node::split(27, 0.5, 13, 14), // in_form
    Node::leaf(0.091325),
    Node::leaf(0.0175392),
    Node::leaf(-0.144078),
    Node::split(23, 0.5, 1, 2), // in_nav
    Node::split(25, 0.5, 3, 4), // in_footer
    Node::leaf(-0.159504),
    Node::split(45, 0.0120921, 5, 6), // share_of_page
    Node::leaf(-0.157572),
    Node::split(40, 0.5, 7, 8),       // levels_to_selection
    Node::split(4, 0.0864857, 9, 10), // sentence_ends_per_word
    Node::split(37, 1.46048, 11, 12), // log_repeats
    Node::leaf(-0.0487415),
    Node::leaf(0.0738684),
    Node::leaf(-0.025557),
    Node::leaf(-0.103726),
    Node::split(27, 0.5, 13, 14), // in_form
    Node::leaf(0.0342423),
    Node::leaf(-0.113878),
    Node::split(42, 0.817767, 1, 2), // next_link_density
    Node::split(27, 0.5, 3, 4),      // in_form
    Node::leaf(-0.0601964),
    Node::split(25, 0.5, 5, 6), // in_footer
    Node::leaf(-0.130008),
    Node::split(49, 0.5, 7, 8), // names_caption
    Node::leaf(-0.176292),
    Node::split(37, 2.20286, 9, 10), // log_repeats
    Node::leaf(-0.192379),
    Node::leaf(-0.0215409),
    Node::split(38, 0.722911, 11, 12), // position
    Node::split(44, 4.73588, 13, 14),  // log_next_len
    Node::leaf(0.00581099),
    Node::leaf(0.0239049),
    Node::leaf(0.104413),
    Node::split(23, 0.5, 1, 2), // in_nav
    Node::split(26, 0.5, 3, 4), // in_aside
    Node::leaf(-0.148828),
    Node::split(25, 0.5, 5, 6), // in_footer
    Node::leaf(-0.168963),
    Node::split(45, 0.0251143, 7, 8), // share_of_page
    Node::leaf(-0.134168),
    Node::split(37, 3.04802, 9, 10), // log_repeats
    Node::leaf(0.0739527),
    Node::split(39, 4.2089, 11, 12), // log_depth
    Node::leaf(0.0249643),
    Node::split(46, 0.0237048, 13, 14), // selection_before
    Node::leaf(0.0316061),
    Node::leaf(-0.106812),
    Node::leaf(-0.012766),
    Node::split(28, 0.5, 1, 2),      // in_main_or_article
    Node::split(32, 0.5, 3, 4),      // names_navigation
    Node::split(6, 0.0371087, 5, 6), // digit_share
    Node::split(38, 0.675444, 7, 8), // position
    Node::leaf(-0.123809),
    Node::split(48, 0.5, 9, 10), // in_figure
    Node::leaf(-0.0477248),
    Node::leaf(0.0356407),
    Node::split(40, 0.5, 11, 12),     // levels_to_selection
    Node::split(44, 6.35631, 13, 14), // log_next_len
    Node::leaf(-0.161864),
    Node::leaf(0.0125581),
    Node::leaf(-0.0996089),
    Node::leaf(0.0184211),
    Node::leaf(0.0881011),
    Node::split(23, 0.5, 1, 2), // in_nav
    Node::split(26, 0.5, 3, 4), // in_aside
    Node::leaf(-0.133979),
    Node::split(25, 0.5, 5, 6), // in_footer
    Node::leaf(-0.15537),
    Node::split(43, 6.33365, 7, 8), // log_prev_len
    Node::leaf(-0.116903),
    Node::split(50, 0.5, 9, 10),  // names_author
    Node::split(13, 0.5, 11, 12), // is_generic_box
    Node::leaf(-0.000102771),
    Node::leaf(-0.138546),
    Node::split(6, 0.0274984, 13, 14), // digit_share
    Node::leaf(-0.0443417),
    Node::leaf(0.0780478),
    Node::leaf(-0.0479566),
    Node::split(23, 0.5, 1, 2), // in_nav
    Node::split(26, 0.5, 3, 4), // in_aside
    Node::leaf(-0.125535),
    Node::split(49, 0.5, 5, 6), // names_caption
    Node::leaf(-0.142844),
    Node::split(47, 0.388889, 7, 8), // selection_after
    Node::leaf(-0.13346),
    Node::split(50, 0.5, 9, 10),  // names_author
    Node::split(27, 0.5, 11, 12), // in_form
    Node::leaf(-0.00696209),
    Node::leaf(-0.140089),
    Node::split(3, 5.04207, 13, 14), // word_len
    Node::leaf(-0.106352),
    Node::leaf(-0.0226021),
    Node::leaf(0.0567105),
    Node::split(28, 0.5, 1, 2),     // in_main_or_article
    Node::split(32, 0.5, 3, 4),     // names_navigation
    Node::split(37, 6.58132, 5, 6), // log_repeats
    Node::leaf(-0.00139912),
    Node::leaf(-0.100881),
    Node::split(32, 0.5, 7, 8), // names_navigation
    Node::leaf(0.140082),
    Node::split(45, 0.00651111, 9, 10), // share_of_page
    Node::split(34, 0.5, 11, 12),       // names_comments
    Node::split(2, 4.57211, 13, 14),    // log_words
    Node::leaf(0.0270981),
    Node::leaf(0.067422),
    Node::leaf(-0.113605),
    Node::leaf(-0.0304869),
    Node::leaf(-0.177781),
    Node::split(7, 0.200349, 1, 2), // capitalised_share
    Node::split(43, 4.71373, 3, 4), // log_prev_len
    Node::split(10, 1.5, 5, 6),     // heading_level
    Node::leaf(-0.0124395),
    Node::leaf(0.0367837),
    Node::split(45, 0.0362762, 7, 8), // share_of_page
    Node::leaf(0.0497691),
    Node::split(37, 6.66294, 9, 10), // log_repeats
    Node::leaf(0.0454019),
    Node::split(12, 0.5, 11, 12), // is_cell
    Node::leaf(0.108458),
    Node::split(29, 0.5, 13, 14), // in_list
    Node::leaf(0.0459338),
    Node::leaf(-0.0843252),
    Node::leaf(-0.0262979),
    Node::split(26, 0.5, 1, 2), // in_aside
    Node::split(25, 0.5, 3, 4), // in_footer
    Node::leaf(-0.13552),
    Node::split(45, 0.0362762, 5, 6), // share_of_page
    Node::leaf(-0.109072),
    Node::split(37, 3.04802, 7, 8), // log_repeats
    Node::leaf(0.0659335),
    Node::split(39, 4.1287, 9, 10),  // log_depth
    Node::split(39, 3.2459, 11, 12), // log_depth
    Node::leaf(-0.0477014),
    Node::leaf(0.0210026),
    Node::leaf(0.093476),
    Node::split(2, 6.22565, 13, 14), // log_words
    Node::leaf(0.011511),
    Node::leaf(-0.100762),
    Node::split(23, 0.5, 1, 2),     // in_nav
    Node::split(37, 2.68736, 3, 4), // log_repeats
    Node::leaf(-0.10837),
    Node::split(39, 4.2089, 5, 6),     // log_depth
    Node::split(40, 2.5, 7, 8),        // levels_to_selection
    Node::split(45, 0.0843802, 9, 10), // share_of_page
    Node::leaf(0.0310386),
    Node::split(45, 0.00465079, 11, 12), // share_of_page
    Node::split(2, 5.8958, 13, 14),      // log_words
    Node::leaf(-0.0546127),
    Node::leaf(0.0851381),
    Node::leaf(-0.00108538),
    Node::leaf(0.0645083),
    Node::leaf(0.0064645),
    Node::leaf(-0.122151),
    Node::split(26, 0.5, 1, 2),      // in_aside
    Node::split(38, 0.802022, 3, 4), // position
    Node::leaf(-0.125017),
    Node::split(38, 0.137489, 5, 6), // position
    Node::leaf(-0.0387974),
    Node::leaf(-0.0828406),
    Node::split(49, 0.5, 7, 8),     // names_caption
    Node::split(3, 4.52809, 9, 10), // word_len
    Node::leaf(-0.115558),
    Node::leaf(-0.0388298),
    Node::split(28, 0.5, 11, 12), // in_main_or_article
    Node::leaf(-0.00594197),
    Node::split(46, 0.48393, 13, 14), // selection_before
    Node::leaf(0.0607806),
    Node::leaf(0.00523348),
    Node::split(41, 0.976917, 1, 2), // prev_link_density
    Node::split(25, 0.5, 3, 4),      // in_footer
    Node::leaf(-0.0349134),
    Node::split(27, 0.5, 5, 6), // in_form
    Node::leaf(-0.131178),
    Node::split(15, 0.5, 7, 8),        // is_quote_or_caption
    Node::split(20, 0.5, 9, 10),       // removed_as_comments
    Node::split(42, 0.817767, 11, 12), // next_link_density
    Node::leaf(-0.133226),
    Node::leaf(-0.154431),
    Node::leaf(0.0899983),
    Node::split(37, 1.46048, 13, 14), // log_repeats
    Node::leaf(-0.0336716),
    Node::leaf(-0.0533423),
    Node::leaf(0.0382271),
    Node::split(37, 6.76356, 1, 2),   // log_repeats
    Node::split(45, 0.0792929, 3, 4), // share_of_page
    Node::leaf(0.109655),
    Node::split(10, 1.5, 5, 6), // heading_level
    Node::leaf(0.0759946),
    Node::split(7, 0.237701, 7, 8), // capitalised_share
    Node::leaf(0.0402094),
    Node::split(3, 6.54798, 9, 10), // word_len
    Node::leaf(-0.0391601),
    Node::split(39, 4.3571, 11, 12), // log_depth
    Node::leaf(0.0526723),
    Node::split(40, 2.5, 13, 14), // levels_to_selection
    Node::leaf(0.0508617),
    Node::leaf(0.00110658),
    Node::leaf(-0.0585324),
    Node::split(26, 0.5, 1, 2), // in_aside
    Node::split(50, 0.5, 3, 4), // names_author
    Node::leaf(-0.113204),
    Node::split(23, 0.5, 5, 6), // in_nav
    Node::leaf(-0.10505),
    Node::split(27, 0.5, 7, 8), // in_form
    Node::leaf(-0.0892868),
    Node::split(34, 0.5, 9, 10),  // names_comments
    Node::split(20, 0.5, 11, 12), // removed_as_comments
    Node::split(15, 0.5, 13, 14), // is_quote_or_caption
    Node::leaf(-0.104117),
    Node::leaf(-0.143653),
    Node::leaf(0.0858057),
    Node::leaf(0.0165727),
    Node::leaf(-0.119823),
    Node::split(37, 6.76356, 1, 2), // log_repeats
    Node::split(39, 4.67215, 3, 4), // log_depth
    Node::leaf(0.0985514),
    Node::split(39, 4.3571, 5, 6), // log_depth
    Node::leaf(-0.0816017),
    Node::split(13, 0.5, 7, 8), // is_generic_box
    Node::leaf(0.0647707),
    Node::split(40, 2.5, 9, 10), // levels_to_selection
    Node::leaf(-0.0469734),
    Node::leaf(0.0193009),
    Node::split(37, 4.51023, 11, 12), // log_repeats
    Node::split(37, 3.04802, 13, 14), // log_repeats
    Node::leaf(-0.121361),
    Node::leaf(-0.0513139),
    Node::leaf(0.058186),
    Node::split(26, 0.5, 1, 2),      // in_aside
    Node::split(38, 0.802022, 3, 4), // position
    Node::leaf(-0.10325),
    Node::split(38, 0.137489, 5, 6), // position
    Node::leaf(-0.0327383),
    Node::leaf(-0.0682205),
    Node::split(46, 0.48393, 7, 8),      // selection_before
    Node::split(45, 0.000930159, 9, 10), // share_of_page
    Node::leaf(-0.0120536),
    Node::leaf(-0.0326562),
    Node::split(37, 3.04802, 11, 12),  // log_repeats
    Node::split(41, 0.976917, 13, 14), // prev_link_density
    Node::leaf(0.0580976),
    Node::leaf(0.0301065),
    Node::leaf(-0.0310652),
    Node::split(50, 0.5, 1, 2), // names_author
    Node::split(23, 0.5, 3, 4), // in_nav
    Node::leaf(-0.0950605),
    Node::split(49, 0.5, 5, 6), // names_caption
    Node::leaf(-0.08483),
    Node::split(27, 0.5, 7, 8),      // in_form
    Node::split(5, 0.229208, 9, 10), // commas_per_word
    Node::split(34, 0.5, 11, 12),    // names_comments
    Node::split(20, 0.5, 13, 14),    // removed_as_comments
    Node::leaf(-0.12955),
    Node::leaf(0.0708716),
    Node::leaf(0.0119068),
    Node::leaf(-0.0930345),
    Node::leaf(-0.127331),
    Node::leaf(0.0750795),
    Node::split(25, 0.5, 1, 2),     // in_footer
    Node::split(44, 7.27189, 3, 4), // log_next_len
    Node::split(40, 8.5, 5, 6),     // levels_to_selection
    Node::split(39, 4.2089, 7, 8),  // log_depth
    Node::split(48, 0.5, 9, 10),    // in_figure
    Node::leaf(-0.130749),
    Node::leaf(0.0657692),
    Node::split(41, 0.849583, 11, 12), // prev_link_density
    Node::leaf(0.0234881),
    Node::split(39, 4.67215, 13, 14), // log_depth
    Node::leaf(-0.0928817),
    Node::leaf(-0.00299076),
    Node::leaf(-0.0495963),
    Node::leaf(0.0532823),
    Node::leaf(-0.08452),
    Node::split(37, 6.58132, 1, 2), // log_repeats
    Node::split(37, 6.23418, 3, 4), // log_repeats
    Node::leaf(0.0741008),
    Node::split(37, 5.96834, 5, 6), // log_repeats
    Node::leaf(-0.125573),
    Node::split(37, 5.64221, 7, 8), // log_repeats
    Node::leaf(0.0889024),
    Node::split(37, 4.90847, 9, 10), // log_repeats
    Node::split(40, 2.5, 11, 12),    // levels_to_selection
    Node::split(28, 0.5, 13, 14),    // in_main_or_article
    Node::leaf(0.0608183),
    Node::leaf(0.0252942),
    Node::leaf(-0.18662),
    Node::leaf(-0.0296494),
    Node::leaf(0.00621885),
    Node::split(45, 0.0768087, 1, 2), // share_of_page
    Node::split(2, 6.64852, 3, 4),    // log_words
    Node::leaf(0.065732),
    Node::split(26, 0.5, 5, 6),      // in_aside
    Node::split(38, 0.390644, 7, 8), // position
    Node::split(35, 0.5, 9, 10),     // names_social
    Node::leaf(-0.102618),
    Node::leaf(0.0369929),
    Node::leaf(-0.119733),
    Node::split(15, 0.5, 11, 12), // is_quote_or_caption
    Node::leaf(-0.0856094),
    Node::split(37, 2.20286, 13, 14), // log_repeats
    Node::leaf(-0.0991209),
    Node::leaf(-0.0207225),
    Node::leaf(0.0141389),
    Node::split(46, 0.626809, 1, 2),    // selection_before
    Node::split(45, 0.000930159, 3, 4), // share_of_page
    Node::split(2, 3.75416, 5, 6),      // log_words
    Node::leaf(-0.037902),
    Node::split(37, 3.04802, 7, 8), // log_repeats
    Node::leaf(0.0035165),
    Node::split(4, 0.0835214, 9, 10),  // sentence_ends_per_word
    Node::split(38, 0.833667, 11, 12), // position
    Node::split(11, 0.5, 13, 14),      // is_list_item
    Node::leaf(-0.0228478),
    Node::leaf(-0.114063),
    Node::leaf(0.00387817),
    Node::leaf(-0.0778411),
    Node::leaf(0.049939),
    Node::leaf(-0.0118572),
    Node::split(39, 4.67215, 1, 2), // log_depth
    Node::split(39, 4.3571, 3, 4),  // log_depth
    Node::split(38, 0.5014, 5, 6),  // position
    Node::split(37, 1.46048, 7, 8), // log_repeats
    Node::split(13, 0.5, 9, 10),    // is_generic_box
    Node::leaf(0.0323882),
    Node::leaf(-0.121884),
    Node::leaf(-0.0614402),
    Node::split(23, 0.5, 11, 12), // in_nav
    Node::leaf(-0.00012419),
    Node::split(36, 0.5, 13, 14), // names_other_chrome
    Node::leaf(0.00408129),
    Node::leaf(-0.105642),
    Node::leaf(0.113846),
    Node::leaf(-0.0557798),
    Node::split(2, 7.08744, 1, 2),    // log_words
    Node::split(45, 0.0492984, 3, 4), // share_of_page
    Node::split(46, 0.150663, 5, 6),  // selection_before
    Node::split(37, 6.76356, 7, 8),   // log_repeats
    Node::split(42, 0.878888, 9, 10), // next_link_density
    Node::leaf(0.0282567),
    Node::leaf(-0.137555),
    Node::split(10, 1.5, 11, 12), // heading_level
    Node::leaf(0.082225),
    Node::leaf(0.104587),
    Node::leaf(-0.0633623),
    Node::leaf(-0.0115047),
    Node::split(32, 0.5, 13, 14), // names_navigation
    Node::leaf(-0.000249105),
    Node::leaf(0.0830269),
];
