//! The block scorer's trees, written by `make train` (scripts/train/train.py) from the
//! tune half of the dev corpora. Do not edit: retrain.

use super::model::Node;

/// The hash of the feature names the table was trained on (see src/schema.rs).
pub const SCHEMA: u64 = 0xe6535040eeae9789;

/// The score before any tree: the log-odds of content among the training blocks.
pub const BASELINE: f32 = 0.0970716;

/// Where each tree starts in [`NODES`].
pub const TREE_STARTS: [u16; 30] = [
    0, 15, 30, 45, 60, 75, 90, 105, 120, 135, 150, 165, 180, 195, 210, 225, 240, 255, 270, 285,
    300, 315, 330, 345, 360, 375, 390, 405, 420, 435,
];

/// The nodes of all trees; children are numbered within their tree.
pub const NODES: [Node; 450] = [
    Node::split(17, 0.5, 1, 6), // kept_by_rules
    Node::split(16, 0.5, 2, 3), // in_selection
    Node::leaf(-0.596966),
    Node::split(1, 0.629, 4, 5), // link_density
    Node::leaf(-0.172123),
    Node::leaf(-0.471682),
    Node::split(16, 0.5, 7, 10),   // in_selection
    Node::split(46, 0.5991, 8, 9), // selection_share
    Node::leaf(-0.106046),
    Node::leaf(-0.52972),
    Node::split(0, 6.2668, 11, 14), // log_len
    Node::split(27, 0.5, 12, 13),   // in_form
    Node::leaf(0.276166),
    Node::leaf(-0.443972),
    Node::leaf(0.474091),
    Node::split(17, 0.5, 1, 4), // kept_by_rules
    Node::split(28, 0.5, 2, 3), // in_main_or_article
    Node::leaf(-0.442822),
    Node::leaf(-0.199839),
    Node::split(16, 0.5, 5, 6), // in_selection
    Node::leaf(-0.159359),
    Node::split(13, 0.5, 7, 14),     // is_generic_box
    Node::split(45, 15.7013, 8, 11), // log_page_len
    Node::split(25, 0.5, 9, 10),     // in_footer
    Node::leaf(0.364082),
    Node::leaf(-0.802293),
    Node::split(37, 6.5469, 12, 13), // log_repeats
    Node::leaf(-0.364526),
    Node::leaf(0.471527),
    Node::leaf(0.00542041),
    Node::split(17, 0.5, 1, 6), // kept_by_rules
    Node::split(16, 0.5, 2, 3), // in_selection
    Node::leaf(-0.380717),
    Node::split(2, 3.4594, 4, 5), // log_words
    Node::leaf(-0.235819),
    Node::leaf(0.057611),
    Node::split(16, 0.5, 7, 10),   // in_selection
    Node::split(46, 0.6029, 8, 9), // selection_share
    Node::leaf(-0.026911),
    Node::leaf(-0.357849),
    Node::split(4, 0.0, 11, 12), // sentence_ends_per_word
    Node::leaf(0.0905091),
    Node::split(45, 15.7013, 13, 14), // log_page_len
    Node::leaf(0.311405),
    Node::leaf(-0.0322008),
    Node::split(17, 0.5, 1, 8), // kept_by_rules
    Node::split(16, 0.5, 2, 3), // in_selection
    Node::leaf(-0.333741),
    Node::split(23, 0.5, 4, 7), // in_nav
    Node::split(25, 0.5, 5, 6), // in_footer
    Node::leaf(-0.0212151),
    Node::leaf(-0.433829),
    Node::leaf(-0.412989),
    Node::split(0, 6.4757, 9, 12), // log_len
    Node::split(16, 0.5, 10, 11),  // in_selection
    Node::leaf(-0.193126),
    Node::leaf(0.0762824),
    Node::split(37, 2.6962, 13, 14), // log_repeats
    Node::leaf(0.108827),
    Node::leaf(0.291091),
    Node::split(17, 0.5, 1, 6), // kept_by_rules
    Node::split(28, 0.5, 2, 3), // in_main_or_article
    Node::leaf(-0.290588),
    Node::split(0, 6.6147, 4, 5), // log_len
    Node::leaf(-0.14466),
    Node::leaf(0.189195),
    Node::split(13, 0.5, 7, 12),     // is_generic_box
    Node::split(40, 2.5, 8, 11),     // levels_to_selection
    Node::split(37, 2.16095, 9, 10), // log_repeats
    Node::leaf(0.0234817),
    Node::leaf(0.250612),
    Node::leaf(-0.00507664),
    Node::split(39, 4.3571, 13, 14), // log_depth
    Node::leaf(-0.188469),
    Node::leaf(0.165445),
    Node::split(1, 0.4333, 1, 12), // link_density
    Node::split(40, 2.5, 2, 7),    // levels_to_selection
    Node::split(0, 4.8074, 3, 4),  // log_len
    Node::leaf(-0.0449494),
    Node::split(37, 2.45345, 5, 6), // log_repeats
    Node::leaf(0.0488398),
    Node::leaf(0.24111),
    Node::split(38, 0.7467, 8, 11), // position
    Node::split(0, 5.0444, 9, 10),  // log_len
    Node::leaf(-0.207851),
    Node::leaf(0.0799716),
    Node::leaf(-0.245224),
    Node::split(28, 0.5, 13, 14), // in_main_or_article
    Node::leaf(-0.291553),
    Node::leaf(-0.101564),
    Node::split(18, 0.5, 1, 14),   // removed_as_navigation
    Node::split(9, 0.5, 2, 9),     // is_p
    Node::split(44, 5.1699, 3, 4), // log_next_len
    Node::leaf(-0.0939715),
    Node::split(25, 0.5, 5, 8),     // in_footer
    Node::split(45, 15.7013, 6, 7), // log_page_len
    Node::leaf(0.0903205),
    Node::leaf(-0.457606),
    Node::leaf(-0.613352),
    Node::split(0, 7.3663, 10, 11), // log_len
    Node::leaf(0.0342319),
    Node::split(38, 0.7138, 12, 13), // position
    Node::leaf(0.252711),
    Node::leaf(0.0658523),
    Node::leaf(-0.273164),
    Node::split(41, 0.9375, 1, 12), // prev_link_density
    Node::split(37, 2.6962, 2, 3),  // log_repeats
    Node::leaf(-0.039307),
    Node::split(45, 15.7013, 4, 9), // log_page_len
    Node::split(0, 4.3923, 5, 6),   // log_len
    Node::leaf(-0.0236032),
    Node::split(25, 0.5, 7, 8), // in_footer
    Node::leaf(0.186528),
    Node::leaf(-0.507471),
    Node::split(37, 6.5469, 10, 11), // log_repeats
    Node::leaf(-0.312319),
    Node::leaf(0.35378),
    Node::split(18, 0.5, 13, 14), // removed_as_navigation
    Node::leaf(-0.100199),
    Node::leaf(-0.282384),
    Node::split(42, 0.8, 1, 12),   // next_link_density
    Node::split(40, 2.5, 2, 7),    // levels_to_selection
    Node::split(13, 0.5, 3, 6),    // is_generic_box
    Node::split(37, 1.2925, 4, 5), // log_repeats
    Node::leaf(-0.111945),
    Node::leaf(0.162596),
    Node::leaf(-0.0685864),
    Node::split(46, 0.9387, 8, 11), // selection_share
    Node::split(28, 0.5, 9, 10),    // in_main_or_article
    Node::leaf(-0.165136),
    Node::leaf(0.0989774),
    Node::leaf(-0.331392),
    Node::split(23, 0.5, 13, 14), // in_nav
    Node::leaf(-0.0982752),
    Node::leaf(-0.305613),
    Node::split(23, 0.5, 1, 14),    // in_nav
    Node::split(44, 6.3398, 2, 11), // log_next_len
    Node::split(0, 7.6073, 3, 10),  // log_len
    Node::split(26, 0.5, 4, 9),     // in_aside
    Node::split(45, 11.1105, 5, 6), // log_page_len
    Node::leaf(0.149634),
    Node::split(37, 2.9037, 7, 8), // log_repeats
    Node::leaf(-0.131809),
    Node::leaf(-0.00423765),
    Node::leaf(-0.388481),
    Node::leaf(0.0828002),
    Node::split(38, 0.7432, 12, 13), // position
    Node::leaf(0.175434),
    Node::leaf(-0.0367731),
    Node::leaf(-0.302697),
    Node::split(23, 0.5, 1, 14),   // in_nav
    Node::split(25, 0.5, 2, 13),   // in_footer
    Node::split(0, 7.6073, 3, 12), // log_len
    Node::split(27, 0.5, 4, 11),   // in_form
    Node::split(16, 0.5, 5, 8),    // in_selection
    Node::split(46, 0.5991, 6, 7), // selection_share
    Node::leaf(-0.0165115),
    Node::leaf(-0.259345),
    Node::split(15, 0.5, 9, 10), // is_quote_or_caption
    Node::leaf(0.0426506),
    Node::leaf(-0.704014),
    Node::leaf(-0.272333),
    Node::leaf(0.108337),
    Node::leaf(-0.301489),
    Node::leaf(-0.289889),
    Node::split(23, 0.5, 1, 14),    // in_nav
    Node::split(38, 0.7717, 2, 11), // position
    Node::split(0, 4.2479, 3, 4),   // log_len
    Node::leaf(-0.0682255),
    Node::split(26, 0.5, 5, 10),   // in_aside
    Node::split(25, 0.5, 6, 9),    // in_footer
    Node::split(37, 2.6962, 7, 8), // log_repeats
    Node::leaf(0.0221466),
    Node::leaf(0.124679),
    Node::leaf(-0.369627),
    Node::leaf(-0.350641),
    Node::split(45, 11.1105, 12, 13), // log_page_len
    Node::leaf(0.185873),
    Node::leaf(-0.13272),
    Node::leaf(-0.276082),
    Node::split(43, 6.2854, 1, 10), // log_prev_len
    Node::split(28, 0.5, 2, 9),     // in_main_or_article
    Node::split(32, 0.5, 3, 8),     // names_navigation
    Node::split(46, 0.8467, 4, 5),  // selection_share
    Node::leaf(-0.0805471),
    Node::split(40, 11.5, 6, 7), // levels_to_selection
    Node::leaf(0.105033),
    Node::leaf(3.32914),
    Node::leaf(-0.235731),
    Node::leaf(0.0125884),
    Node::split(37, 1.2925, 11, 12), // log_repeats
    Node::leaf(-0.216094),
    Node::split(45, 14.9713, 13, 14), // log_page_len
    Node::leaf(0.133525),
    Node::leaf(-0.0691635),
    Node::split(7, 0.2, 1, 8),      // capitalised_share
    Node::split(6, 0.0533, 2, 7),   // digit_share
    Node::split(38, 0.8095, 3, 6),  // position
    Node::split(45, 13.9423, 4, 5), // log_page_len
    Node::leaf(0.131504),
    Node::leaf(0.0249467),
    Node::leaf(-0.0537341),
    Node::leaf(-0.0865445),
    Node::split(10, 1.5, 9, 14),     // heading_level
    Node::split(37, 7.2621, 10, 13), // log_repeats
    Node::split(12, 0.5, 11, 12),    // is_cell
    Node::leaf(-0.0967945),
    Node::leaf(0.121299),
    Node::leaf(0.615714),
    Node::leaf(0.11141),
    Node::split(26, 0.5, 1, 14),    // in_aside
    Node::split(25, 0.5, 2, 9),     // in_footer
    Node::split(44, 7.3309, 3, 8),  // log_next_len
    Node::split(45, 11.7474, 4, 5), // log_page_len
    Node::leaf(0.128489),
    Node::split(37, 6.81995, 6, 7), // log_repeats
    Node::leaf(-0.0264776),
    Node::leaf(0.29838),
    Node::leaf(0.10574),
    Node::split(46, 0.2676, 10, 13), // selection_share
    Node::split(46, 0.258, 11, 12),  // selection_share
    Node::leaf(-0.333136),
    Node::leaf(11.1144),
    Node::leaf(-0.32641),
    Node::leaf(-0.320944),
    Node::split(25, 0.5, 1, 14),   // in_footer
    Node::split(23, 0.5, 2, 13),   // in_nav
    Node::split(27, 0.5, 3, 10),   // in_form
    Node::split(37, 1.7925, 4, 5), // log_repeats
    Node::leaf(-0.0595058),
    Node::split(15, 0.5, 6, 9), // is_quote_or_caption
    Node::split(42, 0.8, 7, 8), // next_link_density
    Node::leaf(0.0676443),
    Node::leaf(-0.0474001),
    Node::leaf(-0.505465),
    Node::split(20, 0.5, 11, 12), // removed_as_comments
    Node::leaf(-0.350982),
    Node::leaf(0.161986),
    Node::leaf(-0.234848),
    Node::leaf(-0.312541),
    Node::split(25, 0.5, 1, 14),   // in_footer
    Node::split(40, 2.5, 2, 7),    // levels_to_selection
    Node::split(0, 7.9715, 3, 6),  // log_len
    Node::split(37, 1.2925, 4, 5), // log_repeats
    Node::leaf(-0.126836),
    Node::leaf(0.0200627),
    Node::leaf(0.116539),
    Node::split(46, 0.2911, 8, 13),  // selection_share
    Node::split(45, 13.0787, 9, 10), // log_page_len
    Node::leaf(0.280622),
    Node::split(37, 2.45345, 11, 12), // log_repeats
    Node::leaf(0.183348),
    Node::leaf(-0.14274),
    Node::leaf(-0.106821),
    Node::leaf(-0.297571),
    Node::split(38, 0.6882, 1, 10), // position
    Node::split(43, 5.0, 2, 9),     // log_prev_len
    Node::split(39, 4.3571, 3, 4),  // log_depth
    Node::leaf(-0.0354383),
    Node::split(46, 0.2676, 5, 8), // selection_share
    Node::split(23, 0.5, 6, 7),    // in_nav
    Node::leaf(0.287132),
    Node::leaf(4.84326),
    Node::leaf(0.0525881),
    Node::leaf(0.0663345),
    Node::split(39, 4.67215, 11, 14), // log_depth
    Node::split(45, 11.1105, 12, 13), // log_page_len
    Node::leaf(0.162865),
    Node::leaf(-0.0614428),
    Node::leaf(-0.422022),
    Node::split(23, 0.5, 1, 14), // in_nav
    Node::split(26, 0.5, 2, 13), // in_aside
    Node::split(25, 0.5, 3, 12), // in_footer
    Node::split(3, 5.0, 4, 5),   // word_len
    Node::leaf(-0.0517573),
    Node::split(45, 13.3228, 6, 9), // log_page_len
    Node::split(0, 4.585, 7, 8),    // log_len
    Node::leaf(-0.0573451),
    Node::leaf(0.108084),
    Node::split(4, 0.0816, 10, 11), // sentence_ends_per_word
    Node::leaf(0.0178022),
    Node::leaf(-0.0969132),
    Node::leaf(-0.278725),
    Node::leaf(-0.280762),
    Node::leaf(-0.327169),
    Node::split(23, 0.5, 1, 14),    // in_nav
    Node::split(37, 3.6427, 2, 9),  // log_repeats
    Node::split(45, 15.2618, 3, 6), // log_page_len
    Node::split(45, 15.2102, 4, 5), // log_page_len
    Node::leaf(-0.0314993),
    Node::leaf(-0.683915),
    Node::split(46, 0.9965, 7, 8), // selection_share
    Node::leaf(0.0703388),
    Node::leaf(0.815923),
    Node::split(45, 14.9169, 10, 11), // log_page_len
    Node::leaf(0.091819),
    Node::split(45, 14.9236, 12, 13), // log_page_len
    Node::leaf(-0.804562),
    Node::leaf(-0.0611147),
    Node::leaf(-0.299892),
    Node::split(23, 0.5, 1, 14),    // in_nav
    Node::split(38, 0.8095, 2, 13), // position
    Node::split(44, 4.3923, 3, 4),  // log_next_len
    Node::leaf(-0.0246514),
    Node::split(1, 0.1304, 5, 12), // link_density
    Node::split(45, 13.644, 6, 7), // log_page_len
    Node::leaf(0.123603),
    Node::split(15, 0.5, 8, 11),    // is_quote_or_caption
    Node::split(46, 0.9628, 9, 10), // selection_share
    Node::leaf(0.0517845),
    Node::leaf(-0.124841),
    Node::leaf(-0.573137),
    Node::leaf(-0.0464676),
    Node::leaf(-0.064339),
    Node::leaf(-0.267148),
    Node::split(28, 0.5, 1, 8),     // in_main_or_article
    Node::split(32, 0.5, 2, 7),     // names_navigation
    Node::split(46, 0.9182, 3, 6),  // selection_share
    Node::split(45, 15.5042, 4, 5), // log_page_len
    Node::leaf(-0.0518833),
    Node::leaf(0.550238),
    Node::leaf(0.113164),
    Node::leaf(-0.17588),
    Node::split(45, 15.7013, 9, 12), // log_page_len
    Node::split(12, 0.5, 10, 11),    // is_cell
    Node::leaf(0.0206354),
    Node::leaf(0.260845),
    Node::split(37, 6.5469, 13, 14), // log_repeats
    Node::leaf(-0.320714),
    Node::leaf(0.308588),
    Node::split(26, 0.5, 1, 14),    // in_aside
    Node::split(21, 0.5, 2, 13),    // removed_as_social_or_newsletter
    Node::split(45, 11.1105, 3, 4), // log_page_len
    Node::leaf(0.107142),
    Node::split(37, 3.08495, 5, 10), // log_repeats
    Node::split(45, 15.2618, 6, 7),  // log_page_len
    Node::leaf(-0.0473151),
    Node::split(39, 4.2089, 8, 9), // log_depth
    Node::leaf(-0.0296139),
    Node::leaf(0.512528),
    Node::split(39, 3.2459, 11, 12), // log_depth
    Node::leaf(0.157955),
    Node::leaf(0.0103185),
    Node::leaf(-0.285059),
    Node::leaf(-0.243877),
    Node::split(43, 7.3219, 1, 6), // log_prev_len
    Node::split(35, 0.5, 2, 3),    // names_social
    Node::leaf(-0.00724992),
    Node::split(37, 6.31285, 4, 5), // log_repeats
    Node::leaf(-0.194436),
    Node::leaf(-2.98834),
    Node::split(13, 0.5, 7, 14),    // is_generic_box
    Node::split(45, 15.5763, 8, 9), // log_page_len
    Node::leaf(0.103975),
    Node::split(38, 0.496, 10, 11), // position
    Node::leaf(0.168749),
    Node::split(40, 2.5, 12, 13), // levels_to_selection
    Node::leaf(-0.656039),
    Node::leaf(-0.0492316),
    Node::leaf(-0.139123),
    Node::split(25, 0.5, 1, 14),   // in_footer
    Node::split(44, 6.2479, 2, 3), // log_next_len
    Node::leaf(-0.0121055),
    Node::split(37, 2.16095, 4, 5), // log_repeats
    Node::leaf(-0.0544623),
    Node::split(45, 14.9021, 6, 13), // log_page_len
    Node::split(46, 0.2676, 7, 12),  // selection_share
    Node::split(39, 4.78115, 8, 11), // log_depth
    Node::split(45, 13.2225, 9, 10), // log_page_len
    Node::leaf(0.241638),
    Node::leaf(-0.182153),
    Node::leaf(-1.565),
    Node::leaf(0.129923),
    Node::leaf(-0.0427423),
    Node::leaf(-0.256917),
    Node::split(23, 0.5, 1, 14),   // in_nav
    Node::split(39, 4.3571, 2, 7), // log_depth
    Node::split(13, 0.5, 3, 4),    // is_generic_box
    Node::leaf(0.0118841),
    Node::split(45, 12.8591, 5, 6), // log_page_len
    Node::leaf(0.031086),
    Node::leaf(-0.109586),
    Node::split(13, 0.5, 8, 9), // is_generic_box
    Node::leaf(-0.00926815),
    Node::split(46, 0.0154, 10, 11), // selection_share
    Node::leaf(1.08275),
    Node::split(36, 0.5, 12, 13), // names_other_chrome
    Node::leaf(0.170854),
    Node::leaf(-0.335544),
    Node::leaf(-0.200253),
    Node::split(37, 6.56225, 1, 2), // log_repeats
    Node::leaf(-0.00388389),
    Node::split(39, 3.95345, 3, 12), // log_depth
    Node::split(9, 0.5, 4, 5),       // is_p
    Node::leaf(0.433835),
    Node::split(38, 0.6189, 6, 7), // position
    Node::leaf(0.237318),
    Node::split(45, 15.7013, 8, 11), // log_page_len
    Node::split(45, 15.5763, 9, 10), // log_page_len
    Node::leaf(-0.279487),
    Node::leaf(-4.59851),
    Node::leaf(0.295959),
    Node::split(30, 0.5, 13, 14), // in_table
    Node::leaf(0.251448),
    Node::leaf(-0.54701),
    Node::split(37, 6.81995, 1, 14), // log_repeats
    Node::split(14, 0.5, 2, 3),      // is_code
    Node::leaf(0.000574428),
    Node::split(37, 4.5543, 4, 11),  // log_repeats
    Node::split(45, 14.2186, 5, 10), // log_page_len
    Node::split(45, 13.8389, 6, 7),  // log_page_len
    Node::leaf(-0.0471507),
    Node::split(45, 13.8866, 8, 9), // log_page_len
    Node::leaf(-4.34827),
    Node::leaf(-0.544615),
    Node::leaf(0.152701),
    Node::split(6, 0.0286, 12, 13), // digit_share
    Node::leaf(-0.0707872),
    Node::leaf(-1.94921),
    Node::leaf(0.212619),
    Node::split(5, 0.018, 1, 6),  // commas_per_word
    Node::split(0, 9.8842, 2, 5), // log_len
    Node::split(10, 1.5, 3, 4),   // heading_level
    Node::leaf(-0.030866),
    Node::leaf(0.0618362),
    Node::leaf(-0.829869),
    Node::split(45, 13.3228, 7, 8), // log_page_len
    Node::leaf(0.0828442),
    Node::split(37, 3.6427, 9, 10), // log_repeats
    Node::leaf(-0.048415),
    Node::split(40, 2.5, 11, 12), // levels_to_selection
    Node::leaf(0.128578),
    Node::split(37, 4.42585, 13, 14), // log_repeats
    Node::leaf(0.123129),
    Node::leaf(-0.163096),
    Node::split(26, 0.5, 1, 14), // in_aside
    Node::split(28, 0.5, 2, 13), // in_main_or_article
    Node::split(32, 0.5, 3, 4),  // names_navigation
    Node::leaf(0.00219671),
    Node::split(19, 0.5, 5, 6), // removed_as_ad_or_recommendation
    Node::leaf(-0.139954),
    Node::split(45, 14.4305, 7, 8), // log_page_len
    Node::leaf(-0.2107),
    Node::split(45, 14.5573, 9, 12),  // log_page_len
    Node::split(45, 14.5512, 10, 11), // log_page_len
    Node::leaf(1.62506),
    Node::leaf(7.0886),
    Node::leaf(-0.214196),
    Node::leaf(0.0205727),
    Node::leaf(-0.208955),
];
