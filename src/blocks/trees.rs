//! The block scorer's trees, written by `make train` (scripts/train/train.py) from the
//! tune half of the dev corpora. Do not edit: retrain.

use super::model::Node;

/// The score before any tree: the log-odds of content among the training blocks.
pub const BASELINE: f32 = 0.0956846;

/// Where each tree starts in [`NODES`].
pub const TREE_STARTS: [u16; 30] = [
    0, 15, 30, 45, 60, 75, 90, 105, 120, 135, 150, 165, 180, 195, 210, 225, 240, 255, 270, 285,
    300, 315, 330, 345, 360, 375, 390, 405, 420, 435,
];

/// The nodes of all trees; children are numbered within their tree.
pub const NODES: [Node; 450] = [
    Node::split(17, 0.5, 1, 6), // kept_by_rules
    Node::split(16, 0.5, 2, 3), // in_selection
    Node::leaf(-0.596612),
    Node::split(1, 0.623, 4, 5), // link_density
    Node::leaf(-0.164585),
    Node::leaf(-0.473893),
    Node::split(16, 0.5, 7, 8), // in_selection
    Node::leaf(-0.225034),
    Node::split(13, 0.5, 9, 14),      // is_generic_box
    Node::split(25, 0.5, 10, 13),     // in_footer
    Node::split(45, 15.7013, 11, 12), // log_page_len
    Node::leaf(0.465786),
    Node::leaf(0.0373247),
    Node::leaf(-0.630124),
    Node::leaf(0.0866571),
    Node::split(17, 0.5, 1, 6), // kept_by_rules
    Node::split(28, 0.5, 2, 3), // in_main_or_article
    Node::leaf(-0.443227),
    Node::split(2, 3.9069, 4, 5), // log_words
    Node::leaf(-0.287346),
    Node::leaf(0.0329629),
    Node::split(16, 0.5, 7, 10),   // in_selection
    Node::split(46, 0.5991, 8, 9), // selection_share
    Node::leaf(-0.0389699),
    Node::leaf(-0.463722),
    Node::split(0, 6.2668, 11, 14), // log_len
    Node::split(27, 0.5, 12, 13),   // in_form
    Node::leaf(0.172355),
    Node::leaf(-0.511823),
    Node::leaf(0.3712),
    Node::split(17, 0.5, 1, 6), // kept_by_rules
    Node::split(16, 0.5, 2, 3), // in_selection
    Node::leaf(-0.381187),
    Node::split(23, 0.5, 4, 5), // in_nav
    Node::leaf(-0.0892284),
    Node::leaf(-0.437211),
    Node::split(16, 0.5, 7, 8), // in_selection
    Node::leaf(-0.114441),
    Node::split(4, 0.0, 9, 10), // sentence_ends_per_word
    Node::leaf(0.0872314),
    Node::split(25, 0.5, 11, 14),     // in_footer
    Node::split(45, 15.7013, 12, 13), // log_page_len
    Node::leaf(0.315542),
    Node::leaf(-0.0191148),
    Node::leaf(-0.605047),
    Node::split(17, 0.5, 1, 6), // kept_by_rules
    Node::split(16, 0.5, 2, 3), // in_selection
    Node::leaf(-0.334153),
    Node::split(0, 4.858, 4, 5), // log_len
    Node::leaf(-0.241272),
    Node::leaf(0.00806637),
    Node::split(0, 6.5078, 7, 10), // log_len
    Node::split(40, 0.5, 8, 9),    // levels_to_selection
    Node::leaf(0.0950459),
    Node::leaf(-0.14953),
    Node::split(40, 2.5, 11, 12), // levels_to_selection
    Node::leaf(0.2852),
    Node::split(46, 0.9387, 13, 14), // selection_share
    Node::leaf(0.150817),
    Node::leaf(-0.390222),
    Node::split(17, 0.5, 1, 6), // kept_by_rules
    Node::split(28, 0.5, 2, 3), // in_main_or_article
    Node::leaf(-0.291889),
    Node::split(0, 6.6147, 4, 5), // log_len
    Node::leaf(-0.128386),
    Node::leaf(0.135178),
    Node::split(13, 0.5, 7, 14),    // is_generic_box
    Node::split(37, 2.16095, 8, 9), // log_repeats
    Node::leaf(-0.0743171),
    Node::split(27, 0.5, 10, 13),   // in_form
    Node::split(1, 0.9174, 11, 12), // link_density
    Node::leaf(0.240777),
    Node::leaf(-0.0532841),
    Node::leaf(-0.390939),
    Node::leaf(-0.120932),
    Node::split(18, 0.5, 1, 14),   // removed_as_navigation
    Node::split(9, 0.5, 2, 9),     // is_p
    Node::split(40, 0.5, 3, 6),    // levels_to_selection
    Node::split(44, 5.1293, 4, 5), // log_next_len
    Node::leaf(-0.0437448),
    Node::leaf(0.120293),
    Node::split(46, 0.1547, 7, 8), // selection_share
    Node::leaf(0.0531816),
    Node::leaf(-0.196217),
    Node::split(37, 2.16095, 10, 11), // log_repeats
    Node::leaf(-0.0171259),
    Node::split(38, 0.7173, 12, 13), // position
    Node::leaf(0.253543),
    Node::leaf(0.0713132),
    Node::leaf(-0.293107),
    Node::split(16, 0.5, 1, 4),    // in_selection
    Node::split(46, 0.2889, 2, 3), // selection_share
    Node::leaf(-0.0295184),
    Node::leaf(-0.260217),
    Node::split(0, 7.2192, 5, 12),  // log_len
    Node::split(42, 0.7857, 6, 11), // next_link_density
    Node::split(37, 1.2925, 7, 8),  // log_repeats
    Node::leaf(-0.232653),
    Node::split(27, 0.5, 9, 10), // in_form
    Node::leaf(0.0976794),
    Node::leaf(-0.379993),
    Node::leaf(-0.151978),
    Node::split(25, 0.5, 13, 14), // in_footer
    Node::leaf(0.186472),
    Node::leaf(-0.494597),
    Node::split(41, 0.9521, 1, 12), // prev_link_density
    Node::split(0, 4.3923, 2, 3),   // log_len
    Node::leaf(-0.112489),
    Node::split(38, 0.7714, 4, 7), // position
    Node::split(37, 2.6962, 5, 6), // log_repeats
    Node::leaf(0.0308028),
    Node::leaf(0.19764),
    Node::split(40, 2.5, 8, 11),     // levels_to_selection
    Node::split(45, 15.7013, 9, 10), // log_page_len
    Node::leaf(0.0578385),
    Node::leaf(-0.849815),
    Node::leaf(-0.245539),
    Node::split(28, 0.5, 13, 14), // in_main_or_article
    Node::leaf(-0.253964),
    Node::leaf(-0.0584496),
    Node::split(18, 0.5, 1, 14),   // removed_as_navigation
    Node::split(44, 6.2854, 2, 7), // log_next_len
    Node::split(26, 0.5, 3, 6),    // in_aside
    Node::split(0, 7.96, 4, 5),    // log_len
    Node::leaf(-0.0290376),
    Node::leaf(0.11226),
    Node::leaf(-0.372398),
    Node::split(25, 0.5, 8, 13),     // in_footer
    Node::split(45, 15.5763, 9, 10), // log_page_len
    Node::leaf(0.176769),
    Node::split(37, 6.5469, 11, 12), // log_repeats
    Node::leaf(-0.367081),
    Node::leaf(0.309289),
    Node::leaf(-0.453386),
    Node::leaf(-0.231059),
    Node::split(23, 0.5, 1, 14),   // in_nav
    Node::split(25, 0.5, 2, 13),   // in_footer
    Node::split(0, 7.6073, 3, 10), // log_len
    Node::split(16, 0.5, 4, 7),    // in_selection
    Node::split(46, 0.6047, 5, 6), // selection_share
    Node::leaf(-0.0274051),
    Node::leaf(-0.269759),
    Node::split(15, 0.5, 8, 9), // is_quote_or_caption
    Node::leaf(0.0326848),
    Node::leaf(-0.643554),
    Node::split(38, 0.7866, 11, 12), // position
    Node::leaf(0.157217),
    Node::leaf(-0.0553773),
    Node::leaf(-0.296287),
    Node::leaf(-0.30895),
    Node::split(23, 0.5, 1, 14),    // in_nav
    Node::split(37, 2.9037, 2, 9),  // log_repeats
    Node::split(45, 11.1105, 3, 4), // log_page_len
    Node::leaf(0.159087),
    Node::split(45, 15.2484, 5, 6), // log_page_len
    Node::leaf(-0.0924481),
    Node::split(39, 4.2089, 7, 8), // log_depth
    Node::leaf(-0.116871),
    Node::leaf(0.686526),
    Node::split(45, 14.9169, 10, 13), // log_page_len
    Node::split(44, 6.2854, 11, 12),  // log_next_len
    Node::leaf(0.0536823),
    Node::leaf(0.209232),
    Node::leaf(-0.0646794),
    Node::leaf(-0.297007),
    Node::split(1, 0.4318, 1, 8),   // link_density
    Node::split(44, 4.3923, 2, 5),  // log_next_len
    Node::split(45, 11.1105, 3, 4), // log_page_len
    Node::leaf(0.174997),
    Node::leaf(-0.0677226),
    Node::split(38, 0.7395, 6, 7), // position
    Node::leaf(0.12006),
    Node::leaf(-0.0419953),
    Node::split(10, 0.5, 9, 12),     // heading_level
    Node::split(37, 7.2621, 10, 11), // log_repeats
    Node::leaf(-0.159111),
    Node::leaf(0.669853),
    Node::split(25, 0.5, 13, 14), // in_footer
    Node::leaf(0.115767),
    Node::leaf(1.91263),
    Node::split(23, 0.5, 1, 14),   // in_nav
    Node::split(25, 0.5, 2, 13),   // in_footer
    Node::split(26, 0.5, 3, 12),   // in_aside
    Node::split(0, 4.2479, 4, 7),  // log_len
    Node::split(46, 0.8272, 5, 6), // selection_share
    Node::leaf(-0.150211),
    Node::leaf(0.0265715),
    Node::split(38, 0.7141, 8, 9), // position
    Node::leaf(0.0801332),
    Node::split(45, 11.7177, 10, 11), // log_page_len
    Node::leaf(0.237207),
    Node::leaf(-0.0510291),
    Node::leaf(-0.348179),
    Node::leaf(-0.267843),
    Node::leaf(-0.279042),
    Node::split(7, 0.2, 1, 12),    // capitalised_share
    Node::split(40, 2.5, 2, 9),    // levels_to_selection
    Node::split(13, 0.5, 3, 6),    // is_generic_box
    Node::split(46, 0.4859, 4, 5), // selection_share
    Node::leaf(-0.111078),
    Node::leaf(0.131524),
    Node::split(39, 4.3571, 7, 8), // log_depth
    Node::leaf(-0.131259),
    Node::leaf(0.197567),
    Node::split(46, 0.9375, 10, 11), // selection_share
    Node::leaf(0.012923),
    Node::leaf(-0.424999),
    Node::split(10, 1.5, 13, 14), // heading_level
    Node::leaf(-0.0821588),
    Node::leaf(0.0985285),
    Node::split(23, 0.5, 1, 14),    // in_nav
    Node::split(37, 2.6962, 2, 7),  // log_repeats
    Node::split(45, 15.2484, 3, 6), // log_page_len
    Node::split(45, 15.192, 4, 5),  // log_page_len
    Node::leaf(-0.0569659),
    Node::leaf(-0.710425),
    Node::leaf(0.26532),
    Node::split(45, 14.9169, 8, 11), // log_page_len
    Node::split(42, 0.8554, 9, 10),  // next_link_density
    Node::leaf(0.101079),
    Node::leaf(-0.0283956),
    Node::split(37, 6.67235, 12, 13), // log_repeats
    Node::leaf(-0.0949332),
    Node::leaf(0.237817),
    Node::leaf(-0.260691),
    Node::split(43, 6.3038, 1, 14), // log_prev_len
    Node::split(28, 0.5, 2, 13),    // in_main_or_article
    Node::split(32, 0.5, 3, 12),    // names_navigation
    Node::split(46, 0.8415, 4, 7),  // selection_share
    Node::split(46, 0.7985, 5, 6),  // selection_share
    Node::leaf(-0.0374662),
    Node::leaf(-0.387817),
    Node::split(40, 11.5, 8, 9), // levels_to_selection
    Node::leaf(0.0906762),
    Node::split(37, 2.16095, 10, 11), // log_repeats
    Node::leaf(1.77876),
    Node::leaf(6.96892),
    Node::leaf(-0.214925),
    Node::leaf(0.0109803),
    Node::leaf(0.0715614),
    Node::split(26, 0.5, 1, 14), // in_aside
    Node::split(25, 0.5, 2, 7),  // in_footer
    Node::split(27, 0.5, 3, 4),  // in_form
    Node::leaf(0.0171606),
    Node::split(20, 0.5, 5, 6), // removed_as_comments
    Node::leaf(-0.30166),
    Node::leaf(0.120575),
    Node::split(46, 0.2676, 8, 13), // selection_share
    Node::split(46, 0.2574, 9, 10), // selection_share
    Node::leaf(-0.329471),
    Node::split(10, 2.5, 11, 12), // heading_level
    Node::leaf(13.2385),
    Node::leaf(1.6587),
    Node::leaf(-0.322832),
    Node::leaf(-0.307859),
    Node::split(25, 0.5, 1, 14),  // in_footer
    Node::split(0, 7.9189, 2, 3), // log_len
    Node::leaf(-0.0158583),
    Node::split(45, 13.3228, 4, 5), // log_page_len
    Node::leaf(0.185707),
    Node::split(40, 2.5, 6, 11),   // levels_to_selection
    Node::split(37, 3.6427, 7, 8), // log_repeats
    Node::leaf(-0.0628613),
    Node::split(29, 0.5, 9, 10), // in_list
    Node::leaf(0.218266),
    Node::leaf(-0.257804),
    Node::split(46, 0.4766, 12, 13), // selection_share
    Node::leaf(0.0772188),
    Node::leaf(-0.207926),
    Node::leaf(-0.280033),
    Node::split(23, 0.5, 1, 12),    // in_nav
    Node::split(38, 0.8098, 2, 11), // position
    Node::split(15, 0.5, 3, 8),     // is_quote_or_caption
    Node::split(26, 0.5, 4, 7),     // in_aside
    Node::split(43, 5.0, 5, 6),     // log_prev_len
    Node::leaf(-0.00641756),
    Node::leaf(0.0624011),
    Node::leaf(-0.269377),
    Node::split(45, 13.4954, 9, 10), // log_page_len
    Node::leaf(0.190743),
    Node::leaf(-0.650532),
    Node::leaf(-0.0716405),
    Node::split(39, 4.3571, 13, 14), // log_depth
    Node::leaf(-0.292311),
    Node::leaf(0.315254),
    Node::split(25, 0.5, 1, 14),    // in_footer
    Node::split(45, 11.1105, 2, 3), // log_page_len
    Node::leaf(0.143584),
    Node::split(37, 1.7925, 4, 9), // log_repeats
    Node::split(39, 4.1287, 5, 6), // log_depth
    Node::leaf(-0.161036),
    Node::split(40, 5.5, 7, 8), // levels_to_selection
    Node::leaf(-0.0566807),
    Node::leaf(0.202145),
    Node::split(40, 2.5, 10, 11), // levels_to_selection
    Node::leaf(0.0389434),
    Node::split(45, 13.157, 12, 13), // log_page_len
    Node::leaf(0.105031),
    Node::leaf(-0.091521),
    Node::leaf(-0.254169),
    Node::split(37, 6.81995, 1, 14), // log_repeats
    Node::split(45, 15.7013, 2, 11), // log_page_len
    Node::split(28, 0.5, 3, 8),      // in_main_or_article
    Node::split(32, 0.5, 4, 7),      // names_navigation
    Node::split(46, 0.9182, 5, 6),   // selection_share
    Node::leaf(-0.0403809),
    Node::leaf(0.127526),
    Node::leaf(-0.16793),
    Node::split(6, 0.069, 9, 10), // digit_share
    Node::leaf(0.0476135),
    Node::leaf(-0.0997822),
    Node::split(28, 0.5, 12, 13), // in_main_or_article
    Node::leaf(0.0840777),
    Node::leaf(-0.390904),
    Node::leaf(0.241438),
    Node::split(44, 7.3219, 1, 10), // log_next_len
    Node::split(35, 0.5, 2, 7),     // names_social
    Node::split(30, 0.5, 3, 4),     // in_table
    Node::leaf(-0.0178432),
    Node::split(39, 3.95345, 5, 6), // log_depth
    Node::leaf(0.225104),
    Node::leaf(-0.0753687),
    Node::split(37, 6.31285, 8, 9), // log_repeats
    Node::leaf(-0.197545),
    Node::leaf(-3.09186),
    Node::split(13, 0.5, 11, 12), // is_generic_box
    Node::leaf(0.0928626),
    Node::split(2, 6.3398, 13, 14), // log_words
    Node::leaf(-0.0794292),
    Node::leaf(-0.979907),
    Node::split(37, 3.6427, 1, 2), // log_repeats
    Node::leaf(-0.022074),
    Node::split(45, 14.5631, 3, 4), // log_page_len
    Node::leaf(0.0762728),
    Node::split(40, 6.5, 5, 14),   // levels_to_selection
    Node::split(38, 0.6405, 6, 7), // position
    Node::leaf(0.0706469),
    Node::split(45, 14.6282, 8, 11), // log_page_len
    Node::split(37, 6.72105, 9, 10), // log_repeats
    Node::leaf(-0.515594),
    Node::leaf(-2.99712),
    Node::split(39, 4.5543, 12, 13), // log_depth
    Node::leaf(-0.0256825),
    Node::leaf(-0.730088),
    Node::leaf(-0.338399),
    Node::split(3, 5.0, 1, 2), // word_len
    Node::leaf(-0.0575725),
    Node::split(45, 13.3228, 3, 10), // log_page_len
    Node::split(38, 0.1414, 4, 5),   // position
    Node::leaf(-0.253749),
    Node::split(4, 0.0, 6, 7), // sentence_ends_per_word
    Node::leaf(0.00687497),
    Node::split(46, 0.1798, 8, 9), // selection_share
    Node::leaf(0.371203),
    Node::leaf(0.0928594),
    Node::split(34, 0.5, 11, 12), // names_comments
    Node::leaf(-0.00218884),
    Node::split(27, 0.5, 13, 14), // in_form
    Node::leaf(-0.34379),
    Node::leaf(0.048765),
    Node::split(26, 0.5, 1, 14), // in_aside
    Node::split(14, 0.5, 2, 3),  // is_code
    Node::leaf(0.00572748),
    Node::split(37, 4.5543, 4, 11),  // log_repeats
    Node::split(45, 14.2186, 5, 10), // log_page_len
    Node::split(45, 13.8389, 6, 7),  // log_page_len
    Node::leaf(-0.105354),
    Node::split(45, 13.8866, 8, 9), // log_page_len
    Node::leaf(-3.64373),
    Node::leaf(-0.530063),
    Node::leaf(0.14246),
    Node::split(32, 0.5, 12, 13), // names_navigation
    Node::leaf(-1.64861),
    Node::leaf(0.375558),
    Node::leaf(-0.239924),
    Node::split(43, 7.3219, 1, 12), // log_prev_len
    Node::split(39, 4.3571, 2, 3),  // log_depth
    Node::leaf(-0.0213011),
    Node::split(46, 0.3205, 4, 11),  // selection_share
    Node::split(45, 13.4299, 5, 10), // log_page_len
    Node::split(23, 0.5, 6, 7),      // in_nav
    Node::leaf(0.501464),
    Node::split(9, 0.5, 8, 9), // is_p
    Node::leaf(-0.221414),
    Node::leaf(13.1291),
    Node::leaf(0.00842304),
    Node::leaf(0.0117227),
    Node::split(13, 0.5, 13, 14), // is_generic_box
    Node::leaf(0.0835757),
    Node::leaf(-0.144191),
    Node::split(23, 0.5, 1, 14), // in_nav
    Node::split(27, 0.5, 2, 9),  // in_form
    Node::split(34, 0.5, 3, 4),  // names_comments
    Node::leaf(0.0142119),
    Node::split(45, 13.1974, 5, 8), // log_page_len
    Node::split(46, 0.4888, 6, 7),  // selection_share
    Node::leaf(0.582204),
    Node::leaf(-0.290148),
    Node::leaf(-0.30276),
    Node::split(20, 0.5, 10, 11), // removed_as_comments
    Node::leaf(-0.235936),
    Node::split(45, 13.8942, 12, 13), // log_page_len
    Node::leaf(0.309356),
    Node::leaf(-0.251005),
    Node::leaf(-0.330878),
    Node::split(23, 0.5, 1, 14),    // in_nav
    Node::split(37, 3.6427, 2, 11), // log_repeats
    Node::split(45, 15.2484, 3, 8), // log_page_len
    Node::split(45, 15.2102, 4, 7), // log_page_len
    Node::split(38, 0.7752, 5, 6),  // position
    Node::leaf(0.000532628),
    Node::leaf(-0.0973729),
    Node::leaf(-0.596618),
    Node::split(45, 15.7013, 9, 10), // log_page_len
    Node::leaf(0.290444),
    Node::leaf(-0.203702),
    Node::split(39, 3.39065, 12, 13), // log_depth
    Node::leaf(0.132438),
    Node::leaf(0.00943408),
    Node::leaf(-0.335309),
    Node::split(23, 0.5, 1, 6), // in_nav
    Node::split(15, 0.5, 2, 5), // is_quote_or_caption
    Node::split(25, 0.5, 3, 4), // in_footer
    Node::leaf(0.0071945),
    Node::leaf(-0.21246),
    Node::leaf(-0.252988),
    Node::split(9, 0.5, 7, 8), // is_p
    Node::leaf(-0.229041),
    Node::split(46, 0.2676, 9, 14),  // selection_share
    Node::split(39, 4.3571, 10, 11), // log_depth
    Node::leaf(0.131509),
    Node::split(38, 0.1459, 12, 13), // position
    Node::leaf(-879.933),
    Node::leaf(0.300073),
    Node::leaf(-0.312432),
    Node::split(45, 11.1105, 1, 2), // log_page_len
    Node::leaf(0.0963364),
    Node::split(38, 0.583, 3, 10),  // position
    Node::split(37, 6.69345, 4, 9), // log_repeats
    Node::split(10, 1.5, 5, 8),     // heading_level
    Node::split(5, 0.0112, 6, 7),   // commas_per_word
    Node::leaf(-0.0459094),
    Node::leaf(0.0522358),
    Node::leaf(0.125797),
    Node::leaf(0.284752),
    Node::split(39, 4.67215, 11, 14), // log_depth
    Node::split(39, 4.3571, 12, 13),  // log_depth
    Node::leaf(-0.0390118),
    Node::leaf(0.0870582),
    Node::leaf(-0.246631),
];
