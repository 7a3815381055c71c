//! The block scorer's trees, written by `make train` (scripts/train/train.py) from the
//! tune half of the dev corpora. Do not edit: retrain.

use super::model::Node;

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
    Node::leaf(-0.163714),
    Node::leaf(-0.471626),
    Node::split(16, 0.5, 7, 8), // in_selection
    Node::leaf(-0.224348),
    Node::split(13, 0.5, 9, 14),      // is_generic_box
    Node::split(25, 0.5, 10, 13),     // in_footer
    Node::split(45, 15.7013, 11, 12), // log_page_len
    Node::leaf(0.465209),
    Node::leaf(0.0369828),
    Node::leaf(-0.630582),
    Node::leaf(0.0928911),
    Node::split(17, 0.5, 1, 6), // kept_by_rules
    Node::split(28, 0.5, 2, 3), // in_main_or_article
    Node::leaf(-0.442429),
    Node::split(0, 6.6147, 4, 5), // log_len
    Node::leaf(-0.283262),
    Node::leaf(0.0422202),
    Node::split(16, 0.5, 7, 10),   // in_selection
    Node::split(46, 0.5991, 8, 9), // selection_share
    Node::leaf(-0.0387229),
    Node::leaf(-0.462812),
    Node::split(0, 6.2668, 11, 14), // log_len
    Node::split(27, 0.5, 12, 13),   // in_form
    Node::leaf(0.172616),
    Node::leaf(-0.512223),
    Node::leaf(0.371057),
    Node::split(17, 0.5, 1, 6), // kept_by_rules
    Node::split(16, 0.5, 2, 3), // in_selection
    Node::leaf(-0.381301),
    Node::split(23, 0.5, 4, 5), // in_nav
    Node::leaf(-0.0874911),
    Node::leaf(-0.437412),
    Node::split(16, 0.5, 7, 8), // in_selection
    Node::leaf(-0.114024),
    Node::split(4, 0.0, 9, 10), // sentence_ends_per_word
    Node::leaf(0.0879689),
    Node::split(25, 0.5, 11, 14),     // in_footer
    Node::split(45, 15.7013, 12, 13), // log_page_len
    Node::leaf(0.31536),
    Node::leaf(-0.0195608),
    Node::leaf(-0.605947),
    Node::split(17, 0.5, 1, 6), // kept_by_rules
    Node::split(16, 0.5, 2, 3), // in_selection
    Node::leaf(-0.334181),
    Node::split(0, 4.858, 4, 5), // log_len
    Node::leaf(-0.240453),
    Node::leaf(0.00946861),
    Node::split(0, 6.4757, 7, 10), // log_len
    Node::split(40, 0.5, 8, 9),    // levels_to_selection
    Node::leaf(0.0937873),
    Node::leaf(-0.150601),
    Node::split(40, 2.5, 11, 12), // levels_to_selection
    Node::leaf(0.284677),
    Node::split(46, 0.9387, 13, 14), // selection_share
    Node::leaf(0.149573),
    Node::leaf(-0.391737),
    Node::split(17, 0.5, 1, 6), // kept_by_rules
    Node::split(18, 0.5, 2, 5), // removed_as_navigation
    Node::split(16, 0.5, 3, 4), // in_selection
    Node::leaf(-0.230793),
    Node::leaf(-0.00544934),
    Node::leaf(-0.316271),
    Node::split(13, 0.5, 7, 14),    // is_generic_box
    Node::split(37, 2.16095, 8, 9), // log_repeats
    Node::leaf(-0.0747652),
    Node::split(27, 0.5, 10, 13), // in_form
    Node::split(25, 0.5, 11, 12), // in_footer
    Node::leaf(0.230556),
    Node::leaf(-0.490131),
    Node::leaf(-0.390314),
    Node::leaf(-0.117453),
    Node::split(1, 0.4333, 1, 12), // link_density
    Node::split(37, 2.6962, 2, 5), // log_repeats
    Node::split(28, 0.5, 3, 4),    // in_main_or_article
    Node::leaf(-0.156284),
    Node::leaf(0.0284896),
    Node::split(0, 5.0444, 6, 7), // log_len
    Node::leaf(-0.0328047),
    Node::split(38, 0.736, 8, 9), // position
    Node::leaf(0.253744),
    Node::split(45, 15.7013, 10, 11), // log_page_len
    Node::leaf(0.0888673),
    Node::leaf(-0.385953),
    Node::split(28, 0.5, 13, 14), // in_main_or_article
    Node::leaf(-0.295407),
    Node::leaf(-0.0956446),
    Node::split(16, 0.5, 1, 6),    // in_selection
    Node::split(46, 0.2911, 2, 5), // selection_share
    Node::split(11, 0.5, 3, 4),    // is_list_item
    Node::leaf(0.0812621),
    Node::leaf(-0.258703),
    Node::leaf(-0.266155),
    Node::split(9, 0.5, 7, 12),    // is_p
    Node::split(44, 5.1293, 8, 9), // log_next_len
    Node::leaf(-0.0921548),
    Node::split(45, 15.7013, 10, 11), // log_page_len
    Node::leaf(0.0966422),
    Node::leaf(-0.527506),
    Node::split(0, 7.3309, 13, 14), // log_len
    Node::leaf(0.0522193),
    Node::leaf(0.22348),
    Node::split(41, 0.9375, 1, 12), // prev_link_density
    Node::split(13, 0.5, 2, 11),    // is_generic_box
    Node::split(40, 2.5, 3, 10),    // levels_to_selection
    Node::split(37, 1.2925, 4, 5),  // log_repeats
    Node::leaf(-0.124167),
    Node::split(15, 0.5, 6, 9), // is_quote_or_caption
    Node::split(25, 0.5, 7, 8), // in_footer
    Node::leaf(0.193191),
    Node::leaf(-0.421614),
    Node::leaf(-0.5778),
    Node::leaf(-0.0424556),
    Node::leaf(-0.0958101),
    Node::split(18, 0.5, 13, 14), // removed_as_navigation
    Node::leaf(-0.0984439),
    Node::leaf(-0.285485),
    Node::split(42, 0.8, 1, 12),   // next_link_density
    Node::split(44, 5.0444, 2, 7), // log_next_len
    Node::split(2, 5.2095, 3, 6),  // log_words
    Node::split(27, 0.5, 4, 5),    // in_form
    Node::leaf(-0.048213),
    Node::leaf(-0.3916),
    Node::leaf(0.120093),
    Node::split(38, 0.7755, 8, 11), // position
    Node::split(37, 1.7925, 9, 10), // log_repeats
    Node::leaf(-0.0305927),
    Node::leaf(0.19656),
    Node::leaf(-0.0675755),
    Node::split(23, 0.5, 13, 14), // in_nav
    Node::leaf(-0.0980427),
    Node::leaf(-0.306795),
    Node::split(18, 0.5, 1, 14),  // removed_as_navigation
    Node::split(26, 0.5, 2, 13),  // in_aside
    Node::split(0, 4.2479, 3, 4), // log_len
    Node::leaf(-0.08791),
    Node::split(38, 0.75, 5, 10),  // position
    Node::split(25, 0.5, 6, 9),    // in_footer
    Node::split(37, 2.6962, 7, 8), // log_repeats
    Node::leaf(0.0339656),
    Node::leaf(0.157726),
    Node::leaf(-0.48242),
    Node::split(45, 11.7177, 11, 12), // log_page_len
    Node::leaf(0.26638),
    Node::leaf(-0.0830051),
    Node::leaf(-0.36848),
    Node::leaf(-0.211121),
    Node::split(23, 0.5, 1, 14),  // in_nav
    Node::split(25, 0.5, 2, 9),   // in_footer
    Node::split(0, 7.6073, 3, 6), // log_len
    Node::split(26, 0.5, 4, 5),   // in_aside
    Node::leaf(-0.00487929),
    Node::leaf(-0.354866),
    Node::split(38, 0.8095, 7, 8), // position
    Node::leaf(0.151128),
    Node::leaf(-0.0469086),
    Node::split(37, 5.44285, 10, 11), // log_repeats
    Node::leaf(-0.302366),
    Node::split(46, 0.2676, 12, 13), // selection_share
    Node::leaf(5.13138),
    Node::leaf(-0.313672),
    Node::leaf(-0.297633),
    Node::split(23, 0.5, 1, 14),    // in_nav
    Node::split(44, 6.3398, 2, 11), // log_next_len
    Node::split(45, 11.1105, 3, 4), // log_page_len
    Node::leaf(0.162282),
    Node::split(37, 2.9037, 5, 10), // log_repeats
    Node::split(45, 15.2618, 6, 7), // log_page_len
    Node::leaf(-0.112316),
    Node::split(39, 4.2089, 8, 9), // log_depth
    Node::leaf(-0.168016),
    Node::leaf(0.667659),
    Node::leaf(0.017201),
    Node::split(45, 15.5763, 12, 13), // log_page_len
    Node::leaf(0.123675),
    Node::leaf(-0.155115),
    Node::leaf(-0.284236),
    Node::split(7, 0.2, 1, 10),   // capitalised_share
    Node::split(6, 0.0533, 2, 9), // digit_share
    Node::split(40, 2.5, 3, 4),   // levels_to_selection
    Node::leaf(0.113673),
    Node::split(46, 0.9375, 5, 8), // selection_share
    Node::split(28, 0.5, 6, 7),    // in_main_or_article
    Node::leaf(-0.103533),
    Node::leaf(0.149847),
    Node::leaf(-0.429972),
    Node::leaf(-0.0934883),
    Node::split(10, 1.5, 11, 14),    // heading_level
    Node::split(37, 7.2621, 12, 13), // log_repeats
    Node::leaf(-0.0923512),
    Node::leaf(0.644512),
    Node::leaf(0.0941718),
    Node::split(23, 0.5, 1, 14),    // in_nav
    Node::split(25, 0.5, 2, 13),    // in_footer
    Node::split(43, 6.2854, 3, 10), // log_prev_len
    Node::split(26, 0.5, 4, 9),     // in_aside
    Node::split(38, 0.6882, 5, 8),  // position
    Node::split(39, 4.3571, 6, 7),  // log_depth
    Node::leaf(0.0065474),
    Node::leaf(0.159312),
    Node::leaf(-0.0608074),
    Node::leaf(-0.326791),
    Node::split(45, 14.9169, 11, 12), // log_page_len
    Node::leaf(0.120057),
    Node::leaf(-0.0497996),
    Node::leaf(-0.269125),
    Node::leaf(-0.265557),
    Node::split(28, 0.5, 1, 4), // in_main_or_article
    Node::split(32, 0.5, 2, 3), // names_navigation
    Node::leaf(0.0184736),
    Node::leaf(-0.214045),
    Node::split(45, 15.7013, 5, 12), // log_page_len
    Node::split(37, 2.6962, 6, 9),   // log_repeats
    Node::split(45, 15.2428, 7, 8),  // log_page_len
    Node::leaf(-0.0321705),
    Node::leaf(0.427859),
    Node::split(45, 14.2122, 10, 11), // log_page_len
    Node::leaf(0.142262),
    Node::leaf(-0.0137575),
    Node::split(37, 6.5469, 13, 14), // log_repeats
    Node::leaf(-0.41547),
    Node::leaf(0.387977),
    Node::split(5, 0.0122, 1, 10),  // commas_per_word
    Node::split(37, 7.1287, 2, 9),  // log_repeats
    Node::split(45, 11.1105, 3, 4), // log_page_len
    Node::leaf(0.110142),
    Node::split(10, 1.5, 5, 8), // heading_level
    Node::split(31, 0.5, 6, 7), // names_content
    Node::leaf(-0.208299),
    Node::leaf(-0.0568516),
    Node::leaf(0.0477651),
    Node::leaf(0.324644),
    Node::split(38, 0.5828, 11, 14),  // position
    Node::split(37, 3.08495, 12, 13), // log_repeats
    Node::leaf(0.0229506),
    Node::leaf(0.155802),
    Node::leaf(-0.00206653),
    Node::split(41, 0.9375, 1, 6), // prev_link_density
    Node::split(25, 0.5, 2, 5),    // in_footer
    Node::split(15, 0.5, 3, 4),    // is_quote_or_caption
    Node::leaf(0.0296961),
    Node::leaf(-0.397183),
    Node::leaf(-0.306551),
    Node::split(45, 15.5042, 7, 12), // log_page_len
    Node::split(46, 0.2911, 8, 11),  // selection_share
    Node::split(46, 0.258, 9, 10),   // selection_share
    Node::leaf(0.00182922),
    Node::leaf(1.42492),
    Node::leaf(-0.108037),
    Node::split(39, 4.5543, 13, 14), // log_depth
    Node::leaf(0.179347),
    Node::leaf(2.95998),
    Node::split(40, 2.5, 1, 10),    // levels_to_selection
    Node::split(37, 4.72765, 2, 9), // log_repeats
    Node::split(27, 0.5, 3, 8),     // in_form
    Node::split(46, 0.4, 4, 5),     // selection_share
    Node::leaf(-0.191279),
    Node::split(37, 1.2925, 6, 7), // log_repeats
    Node::leaf(-0.100414),
    Node::leaf(0.0420015),
    Node::leaf(-0.252512),
    Node::leaf(0.131316),
    Node::split(46, 0.5991, 11, 14),  // selection_share
    Node::split(45, 13.0434, 12, 13), // log_page_len
    Node::leaf(0.137192),
    Node::leaf(-0.0278173),
    Node::leaf(-0.15547),
    Node::split(0, 7.9189, 1, 12), // log_len
    Node::split(26, 0.5, 2, 11),   // in_aside
    Node::split(16, 0.5, 3, 6),    // in_selection
    Node::split(46, 0.6047, 4, 5), // selection_share
    Node::leaf(-0.014623),
    Node::leaf(-0.234795),
    Node::split(27, 0.5, 7, 10), // in_form
    Node::split(12, 0.5, 8, 9),  // is_cell
    Node::leaf(0.000296337),
    Node::leaf(0.174146),
    Node::leaf(-0.208583),
    Node::leaf(-0.308612),
    Node::split(45, 13.3228, 13, 14), // log_page_len
    Node::leaf(0.191337),
    Node::leaf(0.0084125),
    Node::split(44, 7.3309, 1, 14), // log_next_len
    Node::split(39, 4.3571, 2, 9),  // log_depth
    Node::split(23, 0.5, 3, 8),     // in_nav
    Node::split(13, 0.5, 4, 5),     // is_generic_box
    Node::leaf(-0.00115324),
    Node::split(45, 12.8591, 6, 7), // log_page_len
    Node::leaf(0.0172213),
    Node::leaf(-0.127143),
    Node::leaf(-0.284826),
    Node::split(13, 0.5, 10, 11), // is_generic_box
    Node::leaf(-0.0384495),
    Node::split(36, 0.5, 12, 13), // names_other_chrome
    Node::leaf(0.210098),
    Node::leaf(-0.345108),
    Node::leaf(0.0757963),
    Node::split(25, 0.5, 1, 14),   // in_footer
    Node::split(0, 4.2479, 2, 11), // log_len
    Node::split(46, 0.83, 3, 4),   // selection_share
    Node::leaf(-0.116464),
    Node::split(46, 0.8491, 5, 6), // selection_share
    Node::leaf(0.312289),
    Node::split(12, 0.5, 7, 8), // is_cell
    Node::leaf(-0.0777371),
    Node::split(45, 15.7013, 9, 10), // log_page_len
    Node::leaf(0.261978),
    Node::leaf(-0.53391),
    Node::split(45, 13.3228, 12, 13), // log_page_len
    Node::leaf(0.0742225),
    Node::leaf(-0.0124795),
    Node::leaf(-0.211345),
    Node::split(38, 0.8174, 1, 2), // position
    Node::leaf(0.0117471),
    Node::split(37, 3.6427, 3, 10), // log_repeats
    Node::split(45, 10.6715, 4, 5), // log_page_len
    Node::leaf(0.144062),
    Node::split(45, 14.0756, 6, 9), // log_page_len
    Node::split(45, 14.0226, 7, 8), // log_page_len
    Node::leaf(-0.202683),
    Node::leaf(-1.09268),
    Node::leaf(-0.0332594),
    Node::split(45, 14.9021, 11, 12), // log_page_len
    Node::leaf(0.155951),
    Node::split(45, 15.0157, 13, 14), // log_page_len
    Node::leaf(-0.832625),
    Node::leaf(-0.0985442),
    Node::split(37, 6.69345, 1, 14), // log_repeats
    Node::split(45, 15.7013, 2, 11), // log_page_len
    Node::split(45, 15.5042, 3, 10), // log_page_len
    Node::split(28, 0.5, 4, 9),      // in_main_or_article
    Node::split(32, 0.5, 5, 8),      // names_navigation
    Node::split(46, 0.9182, 6, 7),   // selection_share
    Node::leaf(-0.050514),
    Node::leaf(0.134583),
    Node::leaf(-0.145907),
    Node::leaf(0.0242807),
    Node::leaf(0.361134),
    Node::split(16, 0.5, 12, 13), // in_selection
    Node::leaf(0.373394),
    Node::leaf(-0.275909),
    Node::leaf(0.196602),
    Node::split(21, 0.5, 1, 14), // removed_as_social_or_newsletter
    Node::split(26, 0.5, 2, 13), // in_aside
    Node::split(3, 5.0, 3, 4),   // word_len
    Node::leaf(-0.0533489),
    Node::split(45, 13.644, 5, 10), // log_page_len
    Node::split(38, 0.1457, 6, 7),  // position
    Node::leaf(-0.199332),
    Node::split(38, 0.7864, 8, 9), // position
    Node::leaf(0.0797368),
    Node::leaf(-0.0453225),
    Node::split(15, 0.5, 11, 12), // is_quote_or_caption
    Node::leaf(-0.0049419),
    Node::leaf(-0.454732),
    Node::leaf(-0.251458),
    Node::leaf(-0.294614),
    Node::split(43, 5.0444, 1, 2), // log_prev_len
    Node::leaf(-0.024122),
    Node::split(42, 0.8, 3, 12),   // next_link_density
    Node::split(37, 1.7925, 4, 5), // log_repeats
    Node::leaf(-0.064967),
    Node::split(45, 13.7334, 6, 7), // log_page_len
    Node::leaf(0.124643),
    Node::split(39, 4.04375, 8, 9), // log_depth
    Node::leaf(0.0665766),
    Node::split(28, 0.5, 10, 11), // in_main_or_article
    Node::leaf(-0.348149),
    Node::leaf(-0.00513195),
    Node::split(46, 0.1297, 13, 14), // selection_share
    Node::leaf(0.252499),
    Node::leaf(-0.10087),
    Node::split(35, 0.5, 1, 6),    // names_social
    Node::split(37, 7.405, 2, 5),  // log_repeats
    Node::split(37, 7.3528, 3, 4), // log_repeats
    Node::leaf(0.00278904),
    Node::leaf(-2.22272),
    Node::leaf(0.310954),
    Node::split(37, 6.31285, 7, 10), // log_repeats
    Node::split(0, 6.8704, 8, 9),    // log_len
    Node::leaf(-0.271102),
    Node::leaf(0.217029),
    Node::split(38, 0.3372, 11, 12), // position
    Node::leaf(-0.380201),
    Node::split(2, 4.3923, 13, 14), // log_words
    Node::leaf(-2.548),
    Node::leaf(-6.03385),
    Node::split(37, 6.75485, 1, 14), // log_repeats
    Node::split(45, 11.1105, 2, 3),  // log_page_len
    Node::leaf(0.0918848),
    Node::split(37, 3.08495, 4, 13), // log_repeats
    Node::split(45, 15.2618, 5, 10), // log_page_len
    Node::split(45, 15.192, 6, 9),   // log_page_len
    Node::split(46, 0.6096, 7, 8),   // selection_share
    Node::leaf(0.0292599),
    Node::leaf(-0.0763275),
    Node::leaf(-0.614955),
    Node::split(46, 0.9965, 11, 12), // selection_share
    Node::leaf(-0.00329649),
    Node::leaf(0.496779),
    Node::leaf(0.0182974),
    Node::leaf(0.195679),
    Node::split(4, 0.0226, 1, 4), // sentence_ends_per_word
    Node::split(10, 1.5, 2, 3),   // heading_level
    Node::leaf(-0.0442424),
    Node::leaf(0.0676979),
    Node::split(4, 0.0909, 5, 14),  // sentence_ends_per_word
    Node::split(45, 13.3228, 6, 7), // log_page_len
    Node::leaf(0.116958),
    Node::split(37, 3.6427, 8, 9), // log_repeats
    Node::leaf(-0.0317284),
    Node::split(40, 2.5, 10, 13),     // levels_to_selection
    Node::split(45, 15.5763, 11, 12), // log_page_len
    Node::leaf(0.177096),
    Node::leaf(-0.181775),
    Node::leaf(-0.0422508),
    Node::leaf(-0.0429226),
    Node::split(39, 4.3571, 1, 4), // log_depth
    Node::split(23, 0.5, 2, 3),    // in_nav
    Node::leaf(-0.00398651),
    Node::leaf(-0.265626),
    Node::split(39, 4.67215, 5, 12), // log_depth
    Node::split(46, 0.7319, 6, 7),   // selection_share
    Node::leaf(0.205104),
    Node::split(28, 0.5, 8, 11),     // in_main_or_article
    Node::split(45, 14.6014, 9, 10), // log_page_len
    Node::leaf(-0.70249),
    Node::leaf(0.332782),
    Node::leaf(0.0802737),
    Node::split(38, 0.7467, 13, 14), // position
    Node::leaf(0.0100885),
    Node::leaf(-0.451091),
    Node::split(26, 0.5, 1, 14), // in_aside
    Node::split(14, 0.5, 2, 3),  // is_code
    Node::leaf(0.00520839),
    Node::split(37, 4.5543, 4, 11),  // log_repeats
    Node::split(45, 14.2186, 5, 10), // log_page_len
    Node::split(45, 13.8389, 6, 7),  // log_page_len
    Node::leaf(-0.0533751),
    Node::split(45, 13.8866, 8, 9), // log_page_len
    Node::leaf(-3.66772),
    Node::leaf(-0.446893),
    Node::leaf(0.162329),
    Node::split(37, 5.1496, 12, 13), // log_repeats
    Node::leaf(-2.10199),
    Node::leaf(0.319907),
    Node::leaf(-0.214124),
];
