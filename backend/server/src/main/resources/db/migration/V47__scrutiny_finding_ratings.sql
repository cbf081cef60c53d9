-- Independent scrutiny (issue 12): a finding's rating scale is the partnership's own, from its pack
-- (scrutiny: findingRatings, best first; the pack reader gives the default scale to a pack that sets
-- none), no longer a vocabulary fixed in code. A finding keeps the rating's words as rated; the
-- pack's description of scrutiny is kept too, so that the partnership's archive writes its
-- scrutiny: section back.

alter table partnership add column scrutiny_description text check (length(scrutiny_description) <= 4000);
alter table partnership add column scrutiny_finding_ratings text[]
    check (cardinality(scrutiny_finding_ratings) between 2 and 10);

-- Findings rated on the old fixed scale keep its words (the default scale's).
alter table scrutiny_finding drop constraint scrutiny_finding_rating_check;
alter table scrutiny_finding no force row level security;
update scrutiny_finding
   set rating = case rating
                    when 'STRENGTH' then 'A strength'
                    when 'ADEQUATE' then 'Adequate'
                    when 'REQUIRES_IMPROVEMENT' then 'Requires improvement'
                    when 'CONCERN' then 'A concern'
                    else rating end;
alter table scrutiny_finding force row level security;
alter table scrutiny_finding add constraint scrutiny_finding_rating_check check (length(rating) between 1 and 60);

-- Partnerships with scrutiny on get the default scale until their pack is next loaded.
alter table partnership no force row level security;
update partnership set scrutiny_finding_ratings = array['A strength', 'Adequate', 'Requires improvement', 'A concern']
 where scrutiny_enabled;
alter table partnership force row level security;
