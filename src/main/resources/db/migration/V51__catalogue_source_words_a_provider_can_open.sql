-- Data fix: the shipped assessment plans' "source" and grading-note texts named the project's working files
-- ("Seed 004", "DOMAIN.md", "Reference ST0116.json epa AM2"). They now name what a provider can open: the
-- assessment plan of the standard and its method by name, the course page and the learner handbook by section,
-- the apprenticeship funding rules (docs/domain/standards-and-assessment-plans.md). New installations get the new
-- words from catalogue/assessment/*.json; this rewrites an installation's stored copy, and only a text still exactly
-- as shipped, so an administrator's own wording is kept.

UPDATE standard_epa_method SET source = 'The assessment plan for Software developer (ST0116), end-point assessment method 1: work-based project with questioning (its Pass and Distinction criteria). Fail is the outcome below Pass; the plan''s criteria do not name it. The KSBs it assesses are not recorded: check the assessment plan.'
WHERE source = 'Reference ST0116.json epa AM1 (fac-standard.netlify.app, Corndel guidance): Pass and Distinction criteria. Fail is the outcome below Pass; it is not named in those sources. The KSBs it assesses were not found.'
  AND standard_version_id IN (SELECT id FROM standard_version WHERE reference_number = 'ST0116');

UPDATE standard_epa_method SET source = 'The assessment plan for Software developer (ST0116), end-point assessment method 2: professional discussion underpinned by portfolio (its Pass and Distinction criteria). Fail is the outcome below Pass; the plan''s criteria do not name it. The KSBs it assesses are not recorded: check the assessment plan.'
WHERE source = 'Reference ST0116.json epa AM2 (fac-standard.netlify.app, Corndel guidance): Pass and Distinction criteria. Fail is the outcome below Pass; it is not named in those sources. The KSBs it assesses were not found.'
  AND standard_version_id IN (SELECT id FROM standard_version WHERE reference_number = 'ST0116');

UPDATE standard_version SET grading_note = 'The assessment plan for Software developer (ST0116) gives Pass and Distinction criteria for both methods, but not a fail outcome or how the method grades combine. The table is the usual one for two methods graded Pass or Distinction (any Fail = Fail, Pass + Pass = Pass, one Distinction = Merit, Distinction + Distinction = Distinction), not confirmed in the assessment plan: check the EPAO''s grading guidance.'
WHERE reference_number = 'ST0116' AND grading_note = 'Unverified for this standard: the sources give Pass and Distinction criteria for both methods, but not a fail outcome or how the method grades combine. The table is the usual one from DOMAIN.md, "EPA grading facts" (any Fail = Fail, Pass + Pass = Pass, one Distinction = Merit, Distinction + Distinction = Distinction).';

UPDATE standard_gateway_item SET source = 'The assessment plan for Software developer (ST0116), gateway: the employer and the provider agree the apprentice is ready for the end-point assessment'
WHERE source = 'DOMAIN.md, glossary: "Gateway: the point where employer and provider agree the apprentice is ready for EPA"'
  AND standard_version_id IN (SELECT id FROM standard_version WHERE reference_number = 'ST0116');

UPDATE standard_gateway_item SET source = 'The apprenticeship funding rules, English and maths: Level 2 before the end-point assessment for apprentices without it; from 11 February 2025 the employer decides for apprentices aged 19 or over at the start'
WHERE source = 'DOMAIN.md, "English and maths": Level 2 before the EPA for apprentices without it; from 11 February 2025 the employer decides for apprentices aged 19 or over at the start'
  AND standard_version_id IN (SELECT id FROM standard_version WHERE reference_number = 'ST0116');

UPDATE standard_gateway_item SET source = 'The assessment plan for Software developer (ST0116), end-point assessment method 2: the portfolio underpins the professional discussion'
WHERE source = 'Reference ST0116.json epa AM2 (the portfolio underpins the professional discussion)'
  AND standard_version_id IN (SELECT id FROM standard_version WHERE reference_number = 'ST0116');

UPDATE standard_gateway_item SET source = 'The assessment plan for Software developer (ST0116), end-point assessment method 1: work-based project with questioning; the learner handbook, “Gateway” (agreeing the content of a work-based project)'
WHERE source = 'Reference ST0116.json epa AM1; seed 000 (handbook), "Gateway" (agreeing the content of a work-based project)'
  AND standard_version_id IN (SELECT id FROM standard_version WHERE reference_number = 'ST0116');

UPDATE standard_on_programme_requirement SET source = 'The assessment plan for Software developer (ST0116), end-point assessment method 2: professional discussion underpinned by portfolio'
WHERE source = 'Reference ST0116.json epa AM2'
  AND standard_version_id IN (SELECT id FROM standard_version WHERE reference_number = 'ST0116');

UPDATE standard_epa_method SET source = 'The assessment plan for Digital marketer (ST0122), as TQUK''s end-point assessment guidance describes it. Not graded separately; the duration is not recorded: check the assessment plan.'
WHERE source = 'Reference ST0122.json epa (TQUK Service Hub). Not graded separately; the duration was not found.'
  AND standard_version_id IN (SELECT id FROM standard_version WHERE reference_number = 'ST0122');

UPDATE standard_epa_method SET source = 'The assessment plan for Digital marketer (ST0122), as TQUK''s end-point assessment guidance describes it. Not graded separately.'
WHERE source = 'Reference ST0122.json epa (TQUK Service Hub). Not graded separately.'
  AND standard_version_id IN (SELECT id FROM standard_version WHERE reference_number = 'ST0122');

UPDATE standard_epa_method SET source = 'The assessment plan for Digital marketer (ST0122), as TQUK''s end-point assessment guidance describes it. The duration is not recorded: check the assessment plan.'
WHERE source = 'Reference ST0122.json epa (TQUK Service Hub). The duration was not found.'
  AND standard_version_id IN (SELECT id FROM standard_version WHERE reference_number = 'ST0122');

UPDATE standard_version SET grading_note = 'One holistic grade, awarded after the interview. From the assessment plan for Digital marketer (ST0122), as TQUK''s end-point assessment guidance describes it: all three criteria at the expected level = Pass; the what and the how significantly above = Merit; the what and the with whom significantly above = Merit; all three significantly above = Distinction. Completed here, not confirmed in the assessment plan: any criterion below the expected level = Fail (each criterion has minimum requirements that must be met for a pass); the other combinations (only one criterion above, or the how and the with whom above) = Pass. Check the EPAO''s grading guidance.'
WHERE reference_number = 'ST0122' AND grading_note = 'One holistic grade, awarded after the interview. Sourced (TQUK Service Hub, secondary; DOMAIN.md, "EPA grading facts"): all three criteria at the expected level = Pass; the what and the how significantly above = Merit; the what and the with whom significantly above = Merit; all three significantly above = Distinction. Completed here, unverified: any criterion below the expected level = Fail (each criterion has minimum requirements that must be met for a pass); the other combinations (only one criterion above, or the how and the with whom above) = Pass.';

UPDATE standard_gateway_item SET source = 'The learner handbook, “Gateway”'
WHERE source = 'Seed 000 (handbook), "Gateway"'
  AND standard_version_id IN (SELECT id FROM standard_version WHERE reference_number = 'ST0122');

UPDATE standard_gateway_item SET source = 'The learner handbook, “English and Mathematics” (functional skills by the gateway) and “Gateway”; the apprenticeship funding rules, English and maths: Level 2 before the end-point assessment for apprentices without it; from 11 February 2025 the employer decides for apprentices aged 19 or over at the start'
WHERE source = 'Seed 000 (handbook), "English and Mathematics" (functional skills by the gateway) and "Gateway"; DOMAIN.md, "English and maths": Level 2 before the EPA for apprentices without it; from 11 February 2025 the employer decides for apprentices aged 19 or over at the start'
  AND standard_version_id IN (SELECT id FROM standard_version WHERE reference_number = 'ST0122');

UPDATE standard_gateway_item SET source = 'The assessment plan for Digital marketer (ST0122) (the summative portfolio is part of the end-point assessment); the learner handbook, “Mentoring & Quads Direct” (evidence towards the summative portfolio)'
WHERE source = 'Reference ST0122.json epa (the summative portfolio is an EPA component); seed 000 (handbook), "Mentoring & Quads Direct" (evidence towards the summative portfolio)'
  AND standard_version_id IN (SELECT id FROM standard_version WHERE reference_number = 'ST0122');

UPDATE standard_gateway_item SET source = 'The learner handbook, “Gateway” (“you may be required to agree the content of a work-based project or synoptic project”); the assessment plan for Digital marketer (ST0122), synoptic project'
WHERE source = 'Seed 000 (handbook), "Gateway" ("you may be required to agree the content of a work-based project or synoptic project"); reference ST0122.json epa (synoptic project)'
  AND standard_version_id IN (SELECT id FROM standard_version WHERE reference_number = 'ST0122');

UPDATE standard_on_programme_requirement SET source = 'The learner handbook, “Mentoring & Quads Direct”'
WHERE source = 'Seed 000 (handbook), "Mentoring & Quads Direct"'
  AND standard_version_id IN (SELECT id FROM standard_version WHERE reference_number = 'ST0122');

UPDATE standard_version SET cadence_source = 'The learner handbook, “On Programme Teaching and Learning”: sessions “approximately 2-3 times per month”'
WHERE reference_number = 'ST0122' AND cadence_source = 'Seed 000 (handbook), "On Programme Teaching and Learning": sessions "approximately 2-3 times per month"';

UPDATE standard_epa_method SET source = 'The Learning mentor course page, “End Point Assessment”; the assessment plan for Learning mentor (ST0148), end-point assessment method 1: observations with questioning (graded distinction, pass or fail, as TQUK''s end-point assessment guidance says). The fewest questions and the KSBs it assesses are not recorded: check the assessment plan.'
WHERE source = 'Seed 002, "End Point Assessment"; reference ST0148.json epa AM1 (TQUK: graded distinction, pass or fail). The fewest questions and the KSBs it assesses were not found.'
  AND standard_version_id IN (SELECT id FROM standard_version WHERE reference_number = 'ST0148');

UPDATE standard_epa_method SET source = 'The Learning mentor course page, “End Point Assessment”; the assessment plan for Learning mentor (ST0148), end-point assessment method 2: professional discussion, and its grading (a pass or distinction is needed in both methods, as TQUK''s end-point assessment guidance says). The fewest questions and the KSBs it assesses are not recorded: check the assessment plan.'
WHERE source = 'Seed 002, "End Point Assessment"; reference ST0148.json epa AM2 and gradingNotes (TQUK: a pass or distinction is needed in both components). The fewest questions and the KSBs it assesses were not found.'
  AND standard_version_id IN (SELECT id FROM standard_version WHERE reference_number = 'ST0148');

UPDATE standard_version SET grading_note = 'Partly confirmed. From the assessment plan for Learning mentor (ST0148), as TQUK''s end-point assessment guidance describes it: the overall grades fail, pass and distinction, and that both methods need a pass or distinction (so any Fail = Fail). The assessment plan grades overall by points (observations 64%, discussion 36%), so a Pass and a Distinction cannot be decided from the method grades alone: those rows are recorded as Pass, and Distinction + Distinction as Distinction. Check the EPAO’s grading guidance.'
WHERE reference_number = 'ST0148' AND grading_note = 'Partly unverified. Sourced (reference ST0148.json, TQUK): the overall grades fail, pass and distinction, and that both components need a pass or distinction (so any Fail = Fail). The assessment plan grades overall by points (observations 64%, discussion 36%), so a Pass and a Distinction cannot be decided from the method grades alone: those rows are recorded as Pass, and Distinction + Distinction as Distinction. Check the EPAO’s grading guidance.';

UPDATE standard_gateway_item SET source = 'The assessment plan for Learning mentor (ST0148), gateway: the employer and the provider agree the apprentice is ready for the end-point assessment'
WHERE source = 'DOMAIN.md, glossary: "Gateway: the point where employer and provider agree the apprentice is ready for EPA"'
  AND standard_version_id IN (SELECT id FROM standard_version WHERE reference_number = 'ST0148');

UPDATE standard_gateway_item SET source = 'The Learning mentor course page, “On-programme Assessment”: “a minimum of Level 1 Safeguarding, before End Point Assessment”'
WHERE source = 'Seed 002, "On-programme Assessment": "a minimum of Level 1 Safeguarding, before End Point Assessment"'
  AND standard_version_id IN (SELECT id FROM standard_version WHERE reference_number = 'ST0148');

UPDATE standard_gateway_item SET source = 'The Learning mentor course page, entry requirements (“Maths and English at Level 2”); the apprenticeship funding rules, English and maths: Level 2 before the end-point assessment for apprentices without it; from 11 February 2025 the employer decides for apprentices aged 19 or over at the start'
WHERE source = 'Seed 002, entry requirements ("Maths and English at Level 2"); DOMAIN.md, "English and maths": Level 2 before the EPA for apprentices without it; from 11 February 2025 the employer decides for apprentices aged 19 or over at the start'
  AND standard_version_id IN (SELECT id FROM standard_version WHERE reference_number = 'ST0148');

UPDATE standard_gateway_item SET source = 'The Learning mentor course page, “On-programme Assessment”'
WHERE source = 'Seed 002, "On-programme Assessment"'
  AND standard_version_id IN (SELECT id FROM standard_version WHERE reference_number = 'ST0148');

UPDATE standard_gateway_item SET source = 'The Learning mentor course page, “On-programme Assessment”; the assessment plan for Learning mentor (ST0148), end-point assessment method 2: professional discussion (“the showcase portfolio submitted at gateway”)'
WHERE source = 'Seed 002, "On-programme Assessment"; reference ST0148.json epa AM2 ("the showcase portfolio submitted at gateway")'
  AND standard_version_id IN (SELECT id FROM standard_version WHERE reference_number = 'ST0148');

UPDATE standard_on_programme_requirement SET source = 'The Learning mentor course page, “On-programme Assessment”'
WHERE source = 'Seed 002, "On-programme Assessment"'
  AND standard_version_id IN (SELECT id FROM standard_version WHERE reference_number = 'ST0148');

UPDATE standard_epa_method SET source = 'The Learning and skills mentor course page, “End-Point Assessment” (observation with questioning, graded Pass or Distinction; “all assessments must be individually passed”, hence Fail); the assessment plan for Learning and skills mentor (ST1379), end-point assessment method 1: observation with questions. The KSBs it assesses are not recorded: check the assessment plan.'
WHERE source = 'Seed 004, "End-Point Assessment" (Observation with questioning; grading Pass/Distinction; "all assessments must be individually passed", hence Fail); reference ST1379.json epa AM1. The KSBs it assesses were not found.'
  AND standard_version_id IN (SELECT id FROM standard_version WHERE reference_number = 'ST1379');

UPDATE standard_epa_method SET source = 'The Learning and skills mentor course page, “End-Point Assessment” (professional discussion, graded Pass or Distinction; all assessments must be passed); the assessment plan for Learning and skills mentor (ST1379), end-point assessment method 2: professional discussion underpinned by a portfolio of evidence. The KSBs it assesses are not recorded: check the assessment plan.'
WHERE source = 'Seed 004, "End-Point Assessment" (Professional Discussion; grading Pass/Distinction; all assessments must be passed); reference ST1379.json epa AM2. The KSBs it assesses were not found.'
  AND standard_version_id IN (SELECT id FROM standard_version WHERE reference_number = 'ST1379');

UPDATE standard_version SET grading_note = 'The Learning and skills mentor course page gives each method’s grades (Pass or Distinction), that every method must be passed, and the overall grades Pass, Merit and Distinction. The combination table (any Fail = Fail, Pass + Pass = Pass, one Distinction = Merit, Distinction + Distinction = Distinction) is the usual one for two methods graded Pass or Distinction, not confirmed in the assessment plan: check the EPAO''s grading guidance.'
WHERE reference_number = 'ST1379' AND grading_note = 'Unverified for this standard. Seed 004 gives each method’s grades (Pass/Distinction), that every method must be passed, and the overall grades Pass/Merit/Distinction; the combination table (any Fail = Fail, Pass + Pass = Pass, one Distinction = Merit, Distinction + Distinction = Distinction) is the usual one from DOMAIN.md, "EPA grading facts", not found in a source for ST1379.';

UPDATE standard_gateway_item SET source = 'The Learning and skills mentor course page, “Assessment Gateway”'
WHERE source = 'Seed 004, "Assessment Gateway"'
  AND standard_version_id IN (SELECT id FROM standard_version WHERE reference_number = 'ST1379');

UPDATE standard_gateway_item SET source = 'The Learning and skills mentor course page, “Entry requirements” and “Assessment Gateway”; the apprenticeship funding rules, English and maths: Level 2 before the end-point assessment for apprentices without it; from 11 February 2025 the employer decides for apprentices aged 19 or over at the start'
WHERE source = 'Seed 004, "Entry requirements" and "Assessment Gateway"; DOMAIN.md, "English and maths": Level 2 before the EPA for apprentices without it; from 11 February 2025 the employer decides for apprentices aged 19 or over at the start'
  AND standard_version_id IN (SELECT id FROM standard_version WHERE reference_number = 'ST1379');

UPDATE standard_gateway_item SET source = 'The Learning and skills mentor course page, “Duration”; the assessment plan for Learning and skills mentor (ST1379), the time on programme before the gateway'
WHERE source = 'Seed 004, "Duration"; reference ST1379.json epa.minimumDurationToGatewayMonths'
  AND standard_version_id IN (SELECT id FROM standard_version WHERE reference_number = 'ST1379');

UPDATE standard_gateway_item SET source = 'The Learning and skills mentor course page, “Duration”'
WHERE source = 'Seed 004, "Duration"'
  AND standard_version_id IN (SELECT id FROM standard_version WHERE reference_number = 'ST1379');

UPDATE standard_on_programme_requirement SET source = 'The Learning and skills mentor course page, “On-Programme Learning/Delivery”'
WHERE source = 'Seed 004, "On-Programme Learning/Delivery"'
  AND standard_version_id IN (SELECT id FROM standard_version WHERE reference_number = 'ST1379');

UPDATE standard_version SET cadence_source = 'The Learning and skills mentor course page, “On-Programme Learning/Delivery”: teaching, learning and support sessions “at least every 4-5 weeks”'
WHERE reference_number = 'ST1379' AND cadence_source = 'Seed 004, "On-Programme Learning/Delivery": teaching, learning and support sessions "at least every 4-5 weeks"';
