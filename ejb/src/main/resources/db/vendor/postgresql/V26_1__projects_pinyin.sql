-- Programmes sort by pinyin like every other Chinese name (see V11_1).
alter table proj_programme alter column name type varchar(100) collate zh_pinyin;
