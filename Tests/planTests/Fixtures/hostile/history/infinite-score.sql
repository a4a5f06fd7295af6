-- #16 point 1: a history row with a score of infinity (SQLite reads 9e999 as Inf) crashed
-- plan diff and the next plan generate (Int64(Double) in RunDiff.tenths).
UPDATE run_products SET total = 9e999 WHERE position = 0;
