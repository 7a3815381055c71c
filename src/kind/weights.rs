//! The page-kind classifier's weights, written by `make train` (scripts/train/train.py)
//! from the tune half of the dev corpora. Do not edit: retrain.

use super::PAGE_FEATURES;

/// Per kind (in `PageKind::ALL`'s order): the score before any feature.
pub const INTERCEPTS: [f32; 7] = [
    4.35335, 1.33119, -1.36005, -0.299367, -1.01818, -4.52415, 1.5172,
];

/// Per kind, a weight per page feature.
pub const WEIGHTS: [[f32; PAGE_FEATURES]; 7] = [
    // article
    [
        -1.99675,  // declares_forum
        -1.2631,   // declares_product
        1.64703,   // declares_list
        2.24512,   // declares_article
        -1.03858,  // declares_docs
        0.371646,  // declares_service
        -0.592352, // declares_breadcrumbs
        1.10717,   // og_article
        -3.04048,  // og_product
        -0.421933, // og_website
        -2.43791,  // made_by_forum_software
        0.709309,  // made_by_docs_software
        0.939015,  // made_by_shop_software
        -1.07151,  // path_forum
        -0.538989, // path_docs
        -1.51104,  // path_product
        -1.02924,  // path_collection
        0.89292,   // path_listing
        2.15815,   // path_has_date
        0.130667,  // path_depth
        0.609099,  // path_is_root
        0.395423,  // slug_words
        0.136926,  // log_page_len
        -0.761892, // log_blocks
        -1.93416,  // page_link_density
        0.51551,   // selection_share
        0.331418,  // log_max_repeats
        -3.7046,   // currency_per_block
        4.01936,   // code_share
        0.0866491, // log_articles
        0.380513,  // log_times
        -3.00092,  // heading_share
        2.93101,   // comment_share
    ],
    // documentation
    [
        -1.85024,   // declares_forum
        -1.24427,   // declares_product
        -0.997148,  // declares_list
        1.42463,    // declares_article
        4.46305,    // declares_docs
        -3.85997,   // declares_service
        -1.91461,   // declares_breadcrumbs
        0.0544697,  // og_article
        -0.461366,  // og_product
        -0.0663045, // og_website
        -1.1347,    // made_by_forum_software
        5.44032,    // made_by_docs_software
        0.136132,   // made_by_shop_software
        -1.96735,   // path_forum
        3.9931,     // path_docs
        -1.64279,   // path_product
        -2.08231,   // path_collection
        2.72187,    // path_listing
        -0.393228,  // path_has_date
        0.462858,   // path_depth
        -0.24948,   // path_is_root
        -0.421989,  // slug_words
        -0.319445,  // log_page_len
        0.366321,   // log_blocks
        -2.52849,   // page_link_density
        1.44976,    // selection_share
        0.301831,   // log_max_repeats
        0.0601651,  // currency_per_block
        8.4175,     // code_share
        -0.173669,  // log_articles
        -0.463853,  // log_times
        -17.5009,   // heading_share
        -3.47475,   // comment_share
    ],
    // forum
    [
        3.51273,     // declares_forum
        -0.433332,   // declares_product
        -1.40241,    // declares_list
        -0.589681,   // declares_article
        -1.52233,    // declares_docs
        -0.858518,   // declares_service
        1.12513,     // declares_breadcrumbs
        -1.9685,     // og_article
        -0.555775,   // og_product
        -1.46973,    // og_website
        5.98453,     // made_by_forum_software
        -1.00296,    // made_by_docs_software
        -0.0897396,  // made_by_shop_software
        6.41087,     // path_forum
        -0.688474,   // path_docs
        -0.367679,   // path_product
        -0.520781,   // path_collection
        -4.40234,    // path_listing
        -0.0302675,  // path_has_date
        -0.206468,   // path_depth
        2.50595,     // path_is_root
        0.436787,    // slug_words
        0.102899,    // log_page_len
        -0.050026,   // log_blocks
        -3.1008,     // page_link_density
        -0.690087,   // selection_share
        -0.190878,   // log_max_repeats
        -6.38446,    // currency_per_block
        -3.0882,     // code_share
        -0.00744085, // log_articles
        0.490458,    // log_times
        1.22793,     // heading_share
        3.51177,     // comment_share
    ],
    // service
    [
        -0.533314,  // declares_forum
        0.111564,   // declares_product
        0.391717,   // declares_list
        -0.0426586, // declares_article
        -1.99802,   // declares_docs
        1.88125,    // declares_service
        0.192236,   // declares_breadcrumbs
        0.984729,   // og_article
        -2.09265,   // og_product
        0.692444,   // og_website
        -0.521068,  // made_by_forum_software
        -1.94506,   // made_by_docs_software
        -0.659151,  // made_by_shop_software
        -2.79637,   // path_forum
        -1.27701,   // path_docs
        1.06618,    // path_product
        0.106204,   // path_collection
        -1.39867,   // path_listing
        -0.6676,    // path_has_date
        -0.117073,  // path_depth
        -0.468004,  // path_is_root
        -0.164904,  // slug_words
        0.212578,   // log_page_len
        0.134979,   // log_blocks
        -0.525901,  // page_link_density
        0.385742,   // selection_share
        -0.459934,  // log_max_repeats
        -6.7511,    // currency_per_block
        0.379259,   // code_share
        0.0564063,  // log_articles
        -0.990768,  // log_times
        4.32945,    // heading_share
        -3.16904,   // comment_share
    ],
    // listing
    [
        0.551318,  // declares_forum
        -2.37776,  // declares_product
        2.09634,   // declares_list
        -0.151195, // declares_article
        2.44105,   // declares_docs
        0.681555,  // declares_service
        -0.40736,  // declares_breadcrumbs
        1.21391,   // og_article
        -0.169638, // og_product
        0.871909,  // og_website
        -0.908832, // made_by_forum_software
        -1.1452,   // made_by_docs_software
        -0.375533, // made_by_shop_software
        -2.91084,  // path_forum
        -2.43395,  // path_docs
        -1.64747,  // path_product
        1.92751,   // path_collection
        5.26104,   // path_listing
        -0.647249, // path_has_date
        -0.456306, // path_depth
        -1.41467,  // path_is_root
        -0.161992, // slug_words
        0.0341832, // log_page_len
        -0.107923, // log_blocks
        4.22814,   // page_link_density
        0.33231,   // selection_share
        0.121077,  // log_max_repeats
        6.33506,   // currency_per_block
        -3.92421,  // code_share
        0.0147209, // log_articles
        0.460549,  // log_times
        7.18768,   // heading_share
        1.03521,   // comment_share
    ],
    // collection
    [
        -1.73914,  // declares_forum
        0.355492,  // declares_product
        -0.685287, // declares_list
        -1.71091,  // declares_article
        -1.98567,  // declares_docs
        0.543892,  // declares_service
        1.22307,   // declares_breadcrumbs
        -1.38878,  // og_article
        2.23842,   // og_product
        0.013921,  // og_website
        0.0864815, // made_by_forum_software
        -1.77724,  // made_by_docs_software
        0.0654983, // made_by_shop_software
        -0.849996, // path_forum
        1.7839,    // path_docs
        0.624905,  // path_product
        2.27565,   // path_collection
        -1.1678,   // path_listing
        -0.350337, // path_has_date
        -0.132473, // path_depth
        -0.798602, // path_is_root
        -0.274824, // slug_words
        -0.020553, // log_page_len
        0.323048,  // log_blocks
        3.58371,   // page_link_density
        -0.199207, // selection_share
        0.426621,  // log_max_repeats
        7.72034,   // currency_per_block
        -5.15456,  // code_share
        0.0320817, // log_articles
        0.363349,  // log_times
        6.11939,   // heading_share
        -1.28883,  // comment_share
    ],
    // product
    [
        2.05541,     // declares_forum
        4.8514,      // declares_product
        -1.05024,    // declares_list
        -1.1753,     // declares_article
        -0.359497,   // declares_docs
        1.24014,     // declares_service
        0.373887,    // declares_breadcrumbs
        -0.00299178, // og_article
        4.08149,     // og_product
        0.379696,    // og_website
        -1.0685,     // made_by_forum_software
        -0.279168,   // made_by_docs_software
        -0.0162224,  // made_by_shop_software
        3.18519,     // path_forum
        -0.838577,   // path_docs
        3.47789,     // path_product
        -0.677035,   // path_collection
        -1.90702,    // path_listing
        -0.0694738,  // path_has_date
        0.318796,    // path_depth
        -0.184294,   // path_is_root
        0.191499,    // slug_words
        -0.146589,   // log_page_len
        0.0954935,   // log_blocks
        0.277498,    // page_link_density
        -1.79403,    // selection_share
        -0.530136,   // log_max_repeats
        2.7246,      // currency_per_block
        -0.649156,   // code_share
        -0.00874817, // log_articles
        -0.240248,   // log_times
        1.63737,     // heading_share
        0.454625,    // comment_share
    ],
];
