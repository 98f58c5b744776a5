-- Benchmark data, step 6: the editors' official entries on a few hundred numbers: half of them on the
-- most reported numbers (big companies are both), the rest scattered over the tail.
-- The verdict follows the number's kind; lists are jsonb as the app reads them.
\set ON_ERROR_STOP on

insert into curated_entry (id, number_id, owner_name, verdict, summary, call_reasons, sales_note, verify_tips,
                           prepare_tips, contact_channels, sources, last_verified, origin, seed_hash, updated_at)
with chosen as (
    select n.*,
           substr(n.national, 1, 2) || ' ' || substr(n.national, 3, 2) || ' '
               || substr(n.national, 5, 2) || ' ' || substr(n.national, 7, 2) as spaced,
           case when bench.u(n.k, 22) < 0.05 then 'UNKNOWN'
                else case n.profile when 'SCAM' then 'SCAM_WARNING' when 'SALES' then 'SALES'
                                    when 'SERVICE' then 'LEGITIMATE' else 'DEBT_COLLECTION' end
           end as verdict,
           row_number() over (order by n.k) as nr
    from bench.num n
    cross join bench.param p
    where n.k <= p.curated / 2 or bench.u(n.k, 20) < (p.curated / 2.0) / p.numbers
)
select p.curated_base + c.nr,
       c.id,
       case c.verdict
           when 'LEGITIMATE' then (array['Energi Nord A/S', 'Bredbånd Danmark', 'Forsikring & Pension', 'Region Hovedstaden, booking',
                                         'Apotek Centrum', 'Mobilselskabet Øst'])[1 + (c.nr % 6)::int]
           when 'SALES' then (array['Telemarketing Syd ApS', 'Avishuset Salg', 'Vinklubben Danmark', 'Forbrugertjek ApS'])[1 + (c.nr % 4)::int]
           when 'DEBT_COLLECTION' then (array['Inkasso Nord A/S', 'Kreditservice Danmark', 'Opkrævning Vest'])[1 + (c.nr % 3)::int]
           when 'SCAM_WARNING' then 'Ukendt afsender, bruges til svindel'
           else 'Ukendt ejer'
       end || case when c.nr > 20 then ' (' || c.nr || ')' else '' end,
       c.verdict,
       case c.verdict
           when 'LEGITIMATE' then 'Virksomhedens eget nummer til kundeservice. Opkald herfra handler normalt om din egen sag, fx en reklamation, en aftale eller en leverance.'
           when 'SALES' then 'Nummeret bruges til telefonsalg på vegne af flere virksomheder. Du må gerne sige nej tak og bede om ikke at blive ringet op igen.'
           when 'DEBT_COLLECTION' then 'Et inkassofirma, der ringer om ubetalte regninger. Bed om at få kravet på skrift, før du betaler noget.'
           when 'SCAM_WARNING' then 'Nummeret bruges til svindelforsøg, hvor den der ringer udgiver sig for at være fra en bank, et pakkefirma eller teknisk support. Giv aldrig koder eller kortoplysninger.'
           else 'Vi ved endnu ikke, hvem der står bag nummeret. Læs andres oplevelser nedenfor.'
       end,
       case c.verdict
           when 'SCAM_WARNING' then '["Forsøg på at få dine MitID-oplysninger", "Falsk besked om en pakke i tolden", "Falsk teknisk support"]'::jsonb
           when 'SALES' then '["Tilbud på abonnementer", "Skift af el- eller mobilselskab", "Spørgeskemaer før et salg"]'::jsonb
           when 'DEBT_COLLECTION' then '["Påmindelse om en ubetalt regning", "Aftale om en afdragsordning"]'::jsonb
           when 'LEGITIMATE' then '["Opfølgning på en sag", "Bekræftelse af en aftale", "Besked om driftsforstyrrelser", "Tilbagekald, du selv har bedt om"]'::jsonb
           else '[]'::jsonb
       end,
       case when c.verdict = 'SALES' or (c.verdict = 'LEGITIMATE' and c.nr % 2 = 0)
            then 'Samtalen kan ende med et tilbud. Sig nej tak, hvis du ikke er interesseret, og nævn det, hvis du står på Robinsonlisten.'
       end,
       '["Sammenlign nummeret med det på virksomhedens egen hjemmeside.", "Læg på og ring selv tilbage på det officielle nummer, hvis du er i tvivl.", "Giv aldrig koder, MitID eller kortoplysninger i telefonen."]'::jsonb,
       case when c.verdict in ('LEGITIMATE', 'DEBT_COLLECTION')
            then '["Hav dit kundenummer eller sagsnummer klar.", "Skriv dato, tidspunkt og medarbejderens navn ned.", "Bed om at få aftaler bekræftet på skrift."]'::jsonb
            else '[]'::jsonb
       end,
       case when c.verdict in ('SCAM_WARNING', 'UNKNOWN') then '[]'::jsonb
            else jsonb_build_array(
                jsonb_build_object('type', 'PHONE', 'value', c.spaced, 'note', 'Hverdage kl. 8-16'),
                jsonb_build_object('type', 'WEBSITE', 'value', 'https://example.com/kontakt/' || c.nr, 'note', null),
                jsonb_build_object('type', 'EMAIL', 'value', 'kontakt' || c.nr || '@example.com', 'note', 'Svar inden for to hverdage'))
       end,
       jsonb_build_array(
           jsonb_build_object('title', 'Virksomhedens kontaktside', 'url', 'https://example.com/kontakt/' || c.nr),
           jsonb_build_object('title', 'Oplysninger fra nummerregistret', 'url', 'https://example.com/nummer/' || c.national)),
       (p.t0 at time zone 'Europe/Copenhagen')::date - floor(bench.u(c.k, 23) * 700)::int,
       case when bench.u(c.k, 24) < 0.7 then 'SEED' else 'EDITOR' end,
       case when bench.u(c.k, 24) < 0.7 then encode(sha256(int8send(c.k)), 'hex') end,
       p.t0 - make_interval(days => floor(bench.u(c.k, 23) * 700)::int)
from chosen c
cross join bench.param p;

select verdict, origin, count(*) from curated_entry group by verdict, origin order by verdict, origin;
