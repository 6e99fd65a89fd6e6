-- The organisation module: the provider, employers and their contacts, EPAOs, staff and learners.
-- People who sign in (staff, employer contacts, learners) each have an identity account, referred to by id
-- (account_id): the account belongs to the identity module, so there is no foreign key to its table.

-- The one provider this installation serves.
CREATE TABLE provider
(
    id             SMALLINT PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    name           VARCHAR(200) NOT NULL,
    ukprn          VARCHAR(8)   NOT NULL,
    address_line1  VARCHAR(200),
    address_line2  VARCHAR(200),
    address_town   VARCHAR(100),
    address_postcode VARCHAR(8),
    email          VARCHAR(254),
    phone          VARCHAR(30),
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The words the provider uses for each staff role ("mentor", "placement coach"...); a role without a row uses
-- its default label.
CREATE TABLE provider_job_title
(
    role  VARCHAR(40) PRIMARY KEY,
    title VARCHAR(80) NOT NULL
);

CREATE TABLE employer
(
    id               UUID PRIMARY KEY,
    name             VARCHAR(200) NOT NULL,
    address_line1    VARCHAR(200),
    address_line2    VARCHAR(200),
    address_town     VARCHAR(100),
    address_postcode VARCHAR(8),
    funding          VARCHAR(20)  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          INT          NOT NULL
);
CREATE INDEX employer_name_idx ON employer (lower(name), id);
CREATE INDEX employer_town_idx ON employer (lower(address_town), id);
CREATE INDEX employer_funding_idx ON employer (funding, id);

-- Line managers and other people at an employer.
CREATE TABLE employer_contact
(
    id          UUID PRIMARY KEY,
    employer_id UUID         NOT NULL REFERENCES employer (id),
    account_id  UUID         NOT NULL UNIQUE,
    name        VARCHAR(200) NOT NULL,
    email       VARCHAR(254) NOT NULL,
    phone       VARCHAR(30),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     INT          NOT NULL
);
CREATE INDEX employer_contact_employer_idx ON employer_contact (employer_id, lower(name));
CREATE INDEX employer_contact_email_idx ON employer_contact (lower(email));

CREATE TABLE epao
(
    id            UUID PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    epao_id       VARCHAR(7)   NOT NULL UNIQUE,
    contact_name  VARCHAR(200),
    contact_email VARCHAR(254),
    contact_phone VARCHAR(30),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       INT          NOT NULL
);
CREATE INDEX epao_name_idx ON epao (lower(name), id);

CREATE TABLE staff_member
(
    id         UUID PRIMARY KEY,
    account_id UUID         NOT NULL UNIQUE,
    name       VARCHAR(200) NOT NULL,
    email      VARCHAR(254) NOT NULL,
    phone      VARCHAR(30),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    INT          NOT NULL
);
CREATE INDEX staff_member_name_idx ON staff_member (lower(name), id);
CREATE INDEX staff_member_email_idx ON staff_member (lower(email));

-- A staff member's roles, kept in step with their account's roles (lists filter and show them here).
CREATE TABLE staff_role
(
    staff_id UUID        NOT NULL REFERENCES staff_member (id) ON DELETE CASCADE,
    role     VARCHAR(40) NOT NULL,
    PRIMARY KEY (staff_id, role)
);
CREATE INDEX staff_role_role_idx ON staff_role (role, staff_id);

CREATE TABLE learner
(
    id                      UUID PRIMARY KEY,
    account_id              UUID         NOT NULL UNIQUE,
    given_names             VARCHAR(100) NOT NULL,
    family_name             VARCHAR(100) NOT NULL,
    full_name               VARCHAR(201) GENERATED ALWAYS AS (given_names || ' ' || family_name) STORED,
    date_of_birth           DATE         NOT NULL,
    uln                     VARCHAR(10)  NOT NULL,
    ni_number               VARCHAR(9),
    email                   VARCHAR(254) NOT NULL,
    phone                   VARCHAR(30),
    address_line1           VARCHAR(200),
    address_line2           VARCHAR(200),
    address_town            VARCHAR(100),
    address_postcode        VARCHAR(8)   NOT NULL,
    emergency_contact_name  VARCHAR(200),
    emergency_contact_phone VARCHAR(30),
    employer_id             UUID         NOT NULL REFERENCES employer (id),
    line_manager_id         UUID REFERENCES employer_contact (id),
    tutor_id                UUID REFERENCES staff_member (id),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    version                 INT          NOT NULL
);
-- A ULN belongs to one person; 9999999999 is the temporary ULN several learners may share until theirs is known.
CREATE UNIQUE INDEX learner_uln_uq ON learner (uln) WHERE uln <> '9999999999';
CREATE INDEX learner_name_idx ON learner (lower(family_name), lower(given_names), id);
CREATE INDEX learner_uln_idx ON learner (uln, id);
CREATE INDEX learner_email_idx ON learner (lower(email));
CREATE INDEX learner_employer_idx ON learner (employer_id);
CREATE INDEX learner_tutor_idx ON learner (tutor_id);
CREATE INDEX learner_line_manager_idx ON learner (line_manager_id);

-- Sensitive: the learning difficulty, disability and health declaration and the optional equality monitoring
-- answers, apart from the learner's record so that no list query reads them by accident.
CREATE TABLE learner_declaration
(
    learner_id         UUID PRIMARY KEY REFERENCES learner (id) ON DELETE CASCADE,
    health_declaration VARCHAR(20),
    health_details     VARCHAR(2000),
    ethnicity          VARCHAR(4),
    sex                VARCHAR(20),
    religion           VARCHAR(40),
    sexual_orientation VARCHAR(40),
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
