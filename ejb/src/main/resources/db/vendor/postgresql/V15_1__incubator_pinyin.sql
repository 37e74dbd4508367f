-- Carriers sort by pinyin like every other Chinese name (see V11_1): the name column, and with it the
-- indexes that serve the carrier list's order and its keyset comparison, take ICU's pinyin collation.
alter table carrier alter column name type varchar(100) collate zh_pinyin;
