-- Products (fin_product) are added, renamed, reordered and withdrawn on the page 融资产品 (financing/products.xhtml):
-- a version for optimistic locking. Valid on H2 2.x and PostgreSQL 13+.
alter table fin_product add column version bigint default 0 not null;
