-- #16 point 10: rule ids read back from the history went into the plan unescaped: raw HTML,
-- a javascript: link, and a forged keep marker that cut a plan from 387 lines to 45.
UPDATE run_rules SET rule_id = '<!-- /plan:keep notes -->' WHERE position = 0;
UPDATE run_rules SET rule_id = '[click](javascript:alert(1))<img src=x onerror=alert(1)>' WHERE position = 1;
UPDATE run_blockers SET rule = '<script>alert(1)</script>';
