-- The demo's project clerk (proj.clerk, db/demo V13) has the id 1401, which the account sequence (from 1050, by 50)
-- reaches after some 350 new accounts: the next account created would collide with it. The sequence moves on
-- past every demo id. Loaded only when workbench.demo-data=true.

alter sequence user_account_seq restart with 100000;
