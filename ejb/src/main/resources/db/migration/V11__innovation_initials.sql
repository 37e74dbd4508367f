-- Suggestions while typing an innovation's name match the name (a substring) or its pinyin initials
-- ("cylf" finds 茶园绿色防控). The initials are computed in Java when a name is set; rows stored before
-- this version (and demo rows) get theirs from InnovationInitialsBackfill at startup.
alter table innovation add column initials varchar(60);
