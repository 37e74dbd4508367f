-- Chinese names sort by pinyin (白, 陈, 张, 赵), not by code point: the name columns that lists, menus and
-- exports sort by take ICU's pinyin collation, so ORDER BY name (and the keyset comparison of the next
-- page) use it and the indexes on these columns are rebuilt in that order. PostgreSQL only (it needs a
-- server built with ICU, as the distributions' are); an H2 database gets the same order from its
-- database collation, set by DatabaseMigrator when it creates the schema.
create collation if not exists zh_pinyin (provider = icu, locale = 'zh-u-co-pinyin');

alter table jurisdiction alter column name type varchar(60) collate zh_pinyin;
alter table enterprise alter column name type varchar(200) collate zh_pinyin;
alter table commissioner alter column name type varchar(100) collate zh_pinyin;
alter table commissioner alter column employer_name type varchar(200) collate zh_pinyin;
alter table commissioner_member alter column name type varchar(50) collate zh_pinyin;
alter table innovation alter column name type varchar(60) collate zh_pinyin;
alter table user_account alter column display_name type varchar(50) collate zh_pinyin;
