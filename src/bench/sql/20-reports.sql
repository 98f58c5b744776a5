-- Benchmark data, step 2: the reports. What each number hears depends on its kind (profile):
-- scam numbers get scam and Wangiri complaints, sales numbers sales and Robinson complaints, and so on.
-- Reports are spread over two years (more of them recent), about 2 % are hidden by a moderator, and
-- about 2.5 % are an author's second report on the same number: only the author's latest visible
-- report is counted. Rows are inserted oldest first with ids in that order, as the app would have
-- written them, so that one number's reports lie scattered over the table as in production.
\set ON_ERROR_STOP on

create unlogged table bench.phrase (category text, rating text, texts text[], primary key (category, rating));
insert into bench.phrase values
('CUSTOMER_SERVICE', 'NEGATIVE', array['Kundeservice ringede tilbage, men kunne ikke hjælpe med min sag.',
    'Blev lovet et opkald i går, det kom først i dag, og de kendte ikke sagen.',
    'Ringede om min regning, men medarbejderen var uhøflig og afbrød mig.']),
('CUSTOMER_SERVICE', 'NEUTRAL', array['Opfølgning på en sag, jeg havde oprettet. Kort samtale.',
    'De ringede for at bekræfte en ændring af mit abonnement.']),
('CUSTOMER_SERVICE', 'POSITIVE', array['Ringede tilbage som aftalt og løste problemet med det samme.',
    'Venlig medarbejder fra kundeservice, jeg fik hjælp til min router.',
    'Opringning om min reklamation, alt blev ordnet hurtigt.']),
('SALES', 'NEGATIVE', array['Telefonsælger, der ville have mig til at skifte elselskab.',
    'Ringede og ville sælge et mobilabonnement, selv om jeg sagde nej tre gange.',
    'Sælger med et tilbud på et avisabonnement. Meget påtrængende.']),
('SALES', 'NEUTRAL', array['Salgsopkald om et nyt tilbud, men høflig og tog imod et nej.',
    'Ville fortælle om en kampagne. Sagde nej tak.']),
('SALES', 'POSITIVE', array['Fik et godt tilbud på min forsikring, og sælgeren var ærlig.',
    'Ringede med et tilbud, jeg faktisk kunne bruge.']),
('SURVEY', 'NEGATIVE', array['Spørgeskema, der tog meget længere tid end de lovede.',
    'Ringer igen og igen for at få mig med i en undersøgelse.']),
('SURVEY', 'NEUTRAL', array['Meningsmåling om kommunalvalget, tog fem minutter.',
    'Spørgsmål om min tilfredshed med et nyligt køb.']),
('SURVEY', 'POSITIVE', array['Kort og venlig undersøgelse om trafikken i mit område.',
    'Tilfredshedsundersøgelse efter et besøg. Fint nok.']),
('DEBT_COLLECTION', 'NEGATIVE', array['Inkasso om en regning, jeg allerede har betalt.',
    'Truende tone om en gæld, jeg ikke kender noget til.',
    'Ringede om en inkassosag, men ville ikke sige, hvem kreditor var.']),
('DEBT_COLLECTION', 'NEUTRAL', array['Påmindelse om en ubetalt regning. Saglig samtale.',
    'Inkassofirma, der ville aftale en afdragsordning.']),
('DEBT_COLLECTION', 'POSITIVE', array['Hjælpsom medarbejder, vi fik lavet en afdragsordning.',
    'Ringede om en glemt regning, venlige og fleksible.']),
('SCAM_PHISHING', 'NEGATIVE', array['Påstod at være fra min bank og bad om min MitID-kode. Svindel!',
    'Sagde at min pakke sad fast i tolden og bad om mine kortoplysninger.',
    'Falsk teknisk support, der ville have adgang til min computer.',
    'Ville have mig til at investere i kryptovaluta. Klart fupnummer.']),
('SCAM_PHISHING', 'NEUTRAL', array['Mistænkeligt opkald om en gevinst. Lagde på.',
    'Bad om personlige oplysninger, jeg gav dem ingenting.']),
('SCAM_PHISHING', 'POSITIVE', array['Opkaldet virkede mistænkeligt, men de bad ikke om noget.']),
('WANGIRI', 'NEGATIVE', array['Ét ring, og så lagde de på. Ringede ikke tilbage.',
    'Ubesvaret opkald midt om natten fra et nummer, der ligner et dansk.',
    'Ringer kort og lægger på, sikkert for at jeg skal ringe dyrt tilbage.']),
('WANGIRI', 'NEUTRAL', array['Ubesvaret opkald, ingen besked.', 'Et enkelt kort ring.']),
('WANGIRI', 'POSITIVE', array['Kort ubesvaret opkald, ingen skade sket.']),
('ROBOT_CALL', 'NEGATIVE', array['Automatisk besked på engelsk om min konto.',
    'Robotstemme, der sagde, at jeg skulle trykke 1.',
    'Indtalt besked om et tilbud. Ingen rigtig person.']),
('ROBOT_CALL', 'NEUTRAL', array['Automatisk påmindelse om en tid.', 'Indtalt besked, ikke relevant for mig.']),
('ROBOT_CALL', 'POSITIVE', array['Automatisk påmindelse om min lægetid. Nyttig.']),
('SILENT_CALL', 'NEGATIVE', array['Ingen i røret, kun stilhed. Tredje gang i dag.',
    'Stille opkald, lagde på efter nogle sekunder.']),
('SILENT_CALL', 'NEUTRAL', array['Der var ingen i den anden ende.', 'Tavst opkald, måske en fejl.']),
('SILENT_CALL', 'POSITIVE', array['Stille opkald, men de ringede senere og undskyldte.']),
('SPOOFED', 'NEGATIVE', array['Nummeret vises som dansk, men det var et callcenter i udlandet.',
    'Nogen misbruger dette nummer. Virksomheden siger, at de ikke har ringet.']),
('SPOOFED', 'NEUTRAL', array['Virksomheden kender ikke til opkaldet, så nummeret er nok forfalsket.',
    'Nummeret ser ud til at blive brugt af andre.']),
('SPOOFED', 'POSITIVE', array['Jeg ringede til nummeret, og de forklarede, at det bliver misbrugt.']),
('UNLAWFUL_SALES', 'NEGATIVE', array['Uopfordret salg af vinabonnement til en privatperson. Det er ulovligt.',
    'Ringede uopfordret og ville sælge en energiaftale. Klaget til Forbrugerombudsmanden.',
    'Sælgeren påstod, at jeg havde givet samtykke. Det har jeg ikke.']),
('UNLAWFUL_SALES', 'NEUTRAL', array['Uopfordret salgsopkald, men de lagde på, da jeg spurgte til samtykke.']),
('UNLAWFUL_SALES', 'POSITIVE', array['Sælgeren stoppede straks, da jeg sagde, at det var ulovligt.']),
('ROBINSON_IGNORED', 'NEGATIVE', array['Jeg står på Robinsonlisten, og de ringer alligevel.',
    'Ignorerer Robinsonlisten. Tredje opkald denne måned.']),
('ROBINSON_IGNORED', 'NEUTRAL', array['Ringede trods Robinsonlisten, men beklagede og fjernede mit nummer.']),
('ROBINSON_IGNORED', 'POSITIVE', array['De respekterede det, da jeg sagde, at jeg står på Robinsonlisten.']),
('OTHER', 'NEGATIVE', array['Ved ikke, hvem det var, men de ringer meget ofte.',
    'Ringede flere gange uden at lægge en besked.']),
('OTHER', 'NEUTRAL', array['Forkert nummer, de ledte efter en anden.', 'Ukendt opkald, ingen besked.']),
('OTHER', 'POSITIVE', array['Håndværkeren ringede for at aftale et tidspunkt.',
    'Det var apoteket, min medicin var klar.']);

insert into report (id, number_id, rating, category, comment, caller_name, called_on, author_key,
                    created_at, status, counted, score_value, helpful_count, flag_count, hidden_reason)
with r as (
    select n.id as number_id, n.profile, n.cnt, n.author_offset, j, n.k * 1048576 + j as key,
           p.author_pool, p.t0
    from bench.num n
    cross join bench.param p
    cross join lateral generate_series(1, n.cnt) j
),
paired as (
    select r.*,
           -- an even report may be the same author's second report on the number (after the odd one)
           (j % 2 = 0 and bench.u(key, 3) < 0.05) as repeats_previous,
           (j % 2 = 1 and j < cnt and bench.u(key + 1, 3) < 0.05) as repeated_next,
           bench.u(key, 4) < 0.02 as hidden,
           bench.u(key + 1, 4) < 0.02 as next_hidden,
           bench.u(key, 8) as ur,
           bench.u(key, 9) as uc
    from r
),
drawn as (
    select number_id, profile, key, hidden, uc,
           t0 - make_interval(secs => 86400 * 730 * case
               -- the second report comes after the first, at least 25 hours later: the database lets an
               -- author report a number once a day (report_once_a_day)
               when repeats_previous then power(bench.u(key - 1, 5), 1.3)
                   - greatest(power(bench.u(key - 1, 5), 1.3) * (0.95 - 0.9 * bench.u(key, 6)), 90000.0 / (86400 * 730))
               else power(bench.u(key, 5), 1.3) end) as created_at,
           (author_offset + case when repeats_previous then j - 1 else j end) & (author_pool - 1) as author_id,
           not hidden and not (repeated_next and not next_hidden) as counted,
           case profile
               when 'SCAM' then case when ur < 0.90 then 'NEGATIVE' when ur < 0.98 then 'NEUTRAL' else 'POSITIVE' end
               when 'SALES' then case when ur < 0.72 then 'NEGATIVE' when ur < 0.90 then 'NEUTRAL' else 'POSITIVE' end
               when 'SERVICE' then case when ur < 0.15 then 'NEGATIVE' when ur < 0.40 then 'NEUTRAL' else 'POSITIVE' end
               else case when ur < 0.55 then 'NEGATIVE' when ur < 0.90 then 'NEUTRAL' else 'POSITIVE' end
           end as rating
    from paired
),
categorised as (
    select d.number_id, d.profile, d.key, d.hidden, d.created_at, d.author_id, d.counted, d.rating,
           c.categories[1 + floor(d.uc * cardinality(c.categories))::int] as category
    from drawn d
    cross join lateral (select case d.profile || '/' || d.rating
                when 'SCAM/NEGATIVE' then array['SCAM_PHISHING', 'SCAM_PHISHING', 'WANGIRI', 'SPOOFED', 'SILENT_CALL', 'ROBOT_CALL']
                when 'SCAM/NEUTRAL' then array['SILENT_CALL', 'SPOOFED', 'OTHER']
                when 'SCAM/POSITIVE' then array['OTHER']
                when 'SALES/NEGATIVE' then array['SALES', 'SALES', 'UNLAWFUL_SALES', 'ROBINSON_IGNORED', 'ROBOT_CALL', 'SURVEY', 'SILENT_CALL']
                when 'SALES/NEUTRAL' then array['SALES', 'SURVEY', 'OTHER']
                when 'SALES/POSITIVE' then array['SALES', 'SURVEY']
                when 'SERVICE/NEGATIVE' then array['CUSTOMER_SERVICE', 'SALES', 'OTHER']
                when 'SERVICE/NEUTRAL' then array['CUSTOMER_SERVICE', 'SURVEY', 'OTHER']
                when 'SERVICE/POSITIVE' then array['CUSTOMER_SERVICE', 'CUSTOMER_SERVICE', 'OTHER']
                when 'DEBT/NEGATIVE' then array['DEBT_COLLECTION', 'DEBT_COLLECTION', 'SCAM_PHISHING', 'OTHER']
                when 'DEBT/NEUTRAL' then array['DEBT_COLLECTION']
                else array['DEBT_COLLECTION', 'CUSTOMER_SERVICE']
            end as categories) c
),
ordered as (
    select c.*, row_number() over (order by created_at, key) as seq
    from categorised c
)
select p.report_base + o.seq,
       o.number_id,
       o.rating,
       o.category,
       ph.texts[1 + floor(bench.u(o.key, 10) * cardinality(ph.texts))::int]
           || m.middles[1 + floor(bench.u(o.key, 11) * cardinality(m.middles))::int]
           || (array['', '', '', ' Ringede ved 9-tiden om morgenen.', ' Opkaldet kom i frokostpausen.',
                     ' Ringede sent om aftenen.', ' Det skete i weekenden.'])[1 + floor(bench.u(o.key, 12) * 7)::int],
       case when bench.u(o.key, 13) < 0.3 then
           (case o.profile
                when 'SCAM' then array['Bankens sikkerhedsafdeling', 'Teknisk support', 'Pakkelevering', 'Investeringsrådgiver']
                when 'SALES' then array['Energi Syd', 'Forbrugertjek ApS', 'Mediehuset Nord', 'Vinklubben']
                when 'SERVICE' then array['Kundeservice', 'Support', 'Teknisk afdeling', 'Booking']
                else array['Inkasso Nord', 'Opkrævningen', 'Kreditafdelingen', 'Inkasso Nord']
            end)[1 + floor(bench.u(o.key, 13) / 0.3 * 4)::int]
       end,
       case when bench.u(o.key, 14) < 0.70 then (o.created_at at time zone 'Europe/Copenhagen')::date
            when bench.u(o.key, 14) < 0.85 then (o.created_at at time zone 'Europe/Copenhagen')::date - 1
       end,
       encode(sha256(int8send(o.author_id)), 'hex'),
       o.created_at,
       case when o.hidden then 'HIDDEN' else 'VISIBLE' end,
       o.counted,
       case when o.category in ('SCAM_PHISHING', 'WANGIRI') then -2
            when o.rating = 'POSITIVE' then 1
            when o.rating = 'NEUTRAL' then 0
            else -1
       end,
       case when not o.hidden and bench.u(o.key, 15) < 0.08 then 1 + floor(bench.u(o.key, 16) * 5)::int else 0 end,
       0,
       case when o.hidden then (array['SPAM', 'OFFENSIVE', 'PERSONAL_DATA', 'OFF_TOPIC'])[1 + floor(bench.u(o.key, 17) * 4)::int] end
from ordered o
cross join bench.param p
join bench.phrase ph on ph.category = o.category and ph.rating = o.rating
cross join lateral (select case o.rating
        when 'NEGATIVE' then array['', ' Lagde på med det samme.', ' De ringer igen og igen.',
            ' Jeg sagde nej tak, men de blev ved.', ' Meget irriterende.', ' Bloker nummeret.',
            ' Ringede tre gange på en time.']
        when 'NEUTRAL' then array['', ' Samtalen tog et par minutter.', ' Ingen problemer.', ' Helt ok.']
        else array['', ' Tak for hjælpen!', ' Kan anbefales.', ' Fin oplevelse.']
    end as middles) m;

select count(*) as reports,
       count(*) filter (where status = 'HIDDEN') as hidden,
       count(*) filter (where counted) as counted,
       min(created_at)::date as oldest,
       max(created_at)::date as newest
from report;
