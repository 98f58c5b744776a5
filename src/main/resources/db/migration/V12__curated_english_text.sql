-- The editors' English text for each curated field. Empty (null or []) means "not translated yet":
-- the page then shows the Danish text with a short "only in Danish" note. Verdict, sources and the
-- date of the latest check are the same in both languages.
alter table curated_entry
    add column owner_name_en       varchar(200),
    add column summary_en          varchar(2000),
    add column call_reasons_en     jsonb not null default '[]',
    add column sales_note_en       varchar(2000),
    add column verify_tips_en      jsonb not null default '[]',
    add column prepare_tips_en     jsonb not null default '[]',
    add column contact_channels_en jsonb not null default '[]';
