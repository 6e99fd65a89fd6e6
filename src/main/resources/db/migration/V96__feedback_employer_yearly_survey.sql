-- Data: the yearly employer satisfaction survey your complaints policy asks for ("We will ask our employer partners
-- to complete an online satisfaction questionnaire at least annually"), shipped ready to send; a provider may stop it
-- or add its own (docs/domain/complaints-policy.md, "Surveys").
INSERT INTO survey_template (id, name, audience, occasion, anonymous, active, created_at, version)
SELECT '6f1d3a52-7c2e-4f0b-9a61-3e5b2d8c4a17', 'Employer satisfaction: yearly', 'EMPLOYER', 'EMPLOYER_YEARLY', FALSE,
       TRUE, now(), 0
WHERE NOT EXISTS (SELECT 1 FROM survey_template WHERE occasion = 'EMPLOYER_YEARLY');

INSERT INTO survey_question (id, template_id, position, kind, text)
SELECT q.id::uuid, '6f1d3a52-7c2e-4f0b-9a61-3e5b2d8c4a17', q.position, q.kind, q.text
FROM (VALUES ('0b6a9c1e-2d4f-4e8a-8c3b-5f7a1d2e3b01', 1, 'RATING',
              'How satisfied are you with the training your apprentices receive from us?'),
             ('0b6a9c1e-2d4f-4e8a-8c3b-5f7a1d2e3b02', 2, 'RATING',
              'How well do we keep you informed of your apprentices'' progress?'),
             ('0b6a9c1e-2d4f-4e8a-8c3b-5f7a1d2e3b03', 3, 'YES_NO', 'Would you recommend us to another employer?'),
             ('0b6a9c1e-2d4f-4e8a-8c3b-5f7a1d2e3b04', 4, 'FREE_TEXT', 'What should we do better?')) AS q (id, position, kind, text)
WHERE EXISTS (SELECT 1 FROM survey_template WHERE id = '6f1d3a52-7c2e-4f0b-9a61-3e5b2d8c4a17');
