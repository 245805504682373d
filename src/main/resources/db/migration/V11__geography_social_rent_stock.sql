-- Social-rent stock per district (zelfstandige sociale huurwoningen of the corporations), used to spread the
-- demo vacancies in proportion. Source: AFWC Jaarbericht 2021, table 1 "Corporatiebezit t.o.v. totale
-- woningvoorraad per stadsdeel op 1 januari 2021": Centrum 13,763; West 27,806; Nieuw-West 31,357;
-- Zuid 19,563; Oost 28,264; Noord 24,341; Zuidoost 20,582 (total 165,676).
-- Weesp joined Amsterdam in 2022 and is not in that table: 2,500 is an ESTIMATE (roughly a quarter of its
-- some 9,000 homes). Kept in the dwellings' version range because the dwellings issue introduced it.
update geo_unit set social_rent_stock = 13763 where code = 'A' and level = 'DISTRICT';
update geo_unit set social_rent_stock = 27806 where code = 'E' and level = 'DISTRICT';
update geo_unit set social_rent_stock = 31357 where code = 'F' and level = 'DISTRICT';
update geo_unit set social_rent_stock = 19563 where code = 'K' and level = 'DISTRICT';
update geo_unit set social_rent_stock = 28264 where code = 'M' and level = 'DISTRICT';
update geo_unit set social_rent_stock = 24341 where code = 'N' and level = 'DISTRICT';
update geo_unit set social_rent_stock = 20582 where code = 'T' and level = 'DISTRICT';
update geo_unit set social_rent_stock = 2500 where code = 'S' and level = 'DISTRICT';
