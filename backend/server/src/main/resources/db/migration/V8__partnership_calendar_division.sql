-- Whose bank holidays make a partnership's working days: a division of the GOV.UK feed, named by
-- the partnership's pack (calendarDivision), England and Wales unless it says otherwise. The pack
-- loader writes it, with clock_overrides (V3), from the pack.
alter table partnership add column calendar_division text not null default 'england-and-wales'
    check (calendar_division in ('england-and-wales', 'scotland', 'northern-ireland'));
