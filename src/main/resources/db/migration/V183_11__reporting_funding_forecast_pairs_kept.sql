-- Whether the sums of pairs (V183_9) were kept with the forecast. During a rolling upgrade a node of the release before
-- them may still work the whole forecast out: it keeps the other sums and none of the pairs, and leaves this false, so
-- the forecast is read grouped on request (as before the sums were kept) and the next start of this release works it
-- out again, rather than a forecast narrowed by one standard, employer or tutor reading pairs that are not there.
ALTER TABLE funding_forecast ADD COLUMN pairs_kept boolean NOT NULL DEFAULT false;
