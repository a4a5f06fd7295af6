-- #16 point 1: a score of 1e300 crashed ComparisonText.fixed and RunDiff.tenths.
UPDATE run_products SET fit = 1e300, three_year_cost = -1e300;
