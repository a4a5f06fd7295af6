-- #16 point 13: names read back from the history with terminal escapes (ESC, OSC, BEL, a
-- screen clear) and bidi overrides; plan history and plan diff must write them out, not act on them.
UPDATE runs SET organization_name = char(27) || ']0;pwned' || char(7) || char(27) || '[2J' || char(8238) || 'School';
UPDATE run_products SET name = char(27) || '[31m' || name || char(8294);
UPDATE run_rules SET title_ru = char(27) || '[5m' || title_ru, title = char(27) || '[5m' || title;
