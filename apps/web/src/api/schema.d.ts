export interface paths {
    "/api/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register an organisation under a parent in your subtree */
        post: operations["RegisterOrganizationHttpController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register a volunteer in an organisation of your subtree */
        post: operations["RegisterVolunteerHttpController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Schedule an activity of an organisation in your subtree */
        post: operations["ScheduleActivityHttpController_schedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report what an activity served once it has ended: resident visits (服务人次) and a summary. An organiser or admin of the organising subtree; a later report replaces the earlier one */
        post: operations["ReportActivityHttpController_report"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}/check-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a volunteer in: the kiosk code (qr), a location inside the venue range (geo), or by an organiser of the organising subtree (organizer, past times with a reason) */
        post: operations["CheckInHttpController_checkIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}/kiosk-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The activity's current check-in code, for the kiosk at the venue (organisers of the organising subtree) */
        get: operations["KioskCodeHttpController_current"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}/check-outs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a volunteer out; answers the measured minutes */
        post: operations["CheckOutHttpController_checkOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}/manual-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a paper sign-in sheet entry; the recording organiser certifies it */
        post: operations["RecordManualSessionHttpController_manual"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{id}/confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a pending session, optionally with fewer minutes than measured */
        post: operations["ConfirmSessionHttpController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{id}/rejection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a pending session, with a reason */
        post: operations["RejectSessionHttpController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct a confirmed session’s minutes, with a reason */
        post: operations["CorrectSessionHttpController_correct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{id}/revocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a session (admin only), with a reason; its minutes leave every balance */
        post: operations["RevokeSessionHttpController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/{id}/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Confirmed and pending minutes, by year and category, and points */
        get: operations["BalanceHttpController_balance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/{id}/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ledger entries with their session, activity, minutes, state and history */
        get: operations["BalanceHttpController_entries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/{id}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The consents a volunteer gave schools, the latest per school, by school id */
        get: operations["VolunteerLookupsHttpController_consents"];
        put?: never;
        /** The volunteer lets a school see their credits, until revoked or a given time; a minor with their guardian’s consent. An administrator cannot. */
        post: operations["GrantConsentHttpController_grant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/{id}/consents/{schoolId}/revocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw the consent in force for a school */
        post: operations["RevokeConsentHttpController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schools/{id}/students/credits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The students whose consent to this school is in force, with their minutes, credits and evidence */
        get: operations["StudentCreditsHttpController_roster"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/{id}/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The certificates issued to a volunteer, each with whether it still verifies */
        get: operations["VolunteerLookupsHttpController_certificates"];
        put?: never;
        /** Issue a signed service certificate (志愿服务证明) for the confirmed service between two dates */
        post: operations["IssueCertificateHttpController_issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verify a certificate: whether it still stands in the ledger, and its signed form */
        get: operations["CertificateVerificationHttpController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{code}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The certificate as a PDF: the masked name for anyone, the full name with the volunteer’s or an admin’s token */
        get: operations["CertificateVerificationHttpController_document"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public keys (with key ids) that verify certificates’ signed forms offline */
        get: operations["JwksHttpController_jwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The policies in force today: id, version, effective date, kind, tiers, and the sources behind each */
        get: operations["PoliciesHttpController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/{id}/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A determination per award policy: version, sources, measured, threshold, missing and evidence */
        get: operations["VolunteerEligibilityHttpController_determinations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit list: volunteers of the subtree with their determinations, by policy and tier */
        get: operations["OrganizationEligibilityHttpController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/eligibility/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many volunteers of the subtree a policy’s tier admits (e.g. league-admission, qualified: the applicants eligible for 积分入团), judged as the audit list judges them */
        get: operations["OrganizationEligibilityHttpController_count"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/{id}/awards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The honours a volunteer was granted, revoked ones included, oldest first */
        get: operations["VolunteerLookupsHttpController_awards"];
        put?: never;
        /** Grant an honour; 422 NOT_ELIGIBLE, naming what is missing, unless the hours reach the tier now */
        post: operations["GrantAwardHttpController_grant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import historical hours into this subtree; all or nothing (422 IMPORT_REJECTED names each row and column at fault), a second run appends nothing, dryRun=true checks only */
        post: operations["ImportHoursHttpController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/{id}/awards/{awardId}/revocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke an honour, with a reason */
        post: operations["RevokeAwardHttpController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/award-integrity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Held awards whose supporting hours were since corrected or revoked below the threshold */
        get: operations["AwardIntegrityHttpController_awardIntegrity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/anomalies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The anomaly report of the subtree: impossible travel, self-confirmation, paper sessions far above the usual, sessions much longer than their activity’s, check-ins after the end; each with its reason and sessions. Limits in docs/presence.md. JSON, or CSV with Accept: text/csv or format=csv */
        get: operations["OrganizationAnomaliesHttpController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/{id}/personal-data/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Erase the volunteer’s personal data (PIPL right to deletion): their data key is destroyed; their hours stay in every total */
        post: operations["ErasePersonalDataHttpController_erase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/{id}/personal-data/masked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The volunteer’s personal data masked, or that it was erased; not logged */
        get: operations["MaskedPersonalDataQueryHttpController_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/{id}/personal-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The volunteer’s personal data, unmasked; the read is logged */
        get: operations["PersonalDataQueryHttpController_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/{id}/personal-data/copy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A copy of everything the ledger holds about the volunteer (PIPL right to a copy), as JSON or a readable HTML page */
        get: operations["PersonalDataQueryHttpController_copy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/personal-data-reads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who read whose unmasked personal data, when and by which route; newest first, optionally of some days only */
        get: operations["PersonalDataReadsHttpController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Programme figures for a subtree over whole months: teams, registered and active volunteers, activities held, confirmed minutes, resident visits; per child, month or category; top categories and star volunteers by level. Read from counters the projector keeps */
        get: operations["StatisticsHttpController_figures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/posting-period": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set the organisation’s public posting period (公示期) in days: sessions confirmed for activities in its subtree stay posted that long before they count, unless a node below sets its own. An admin of the organisation’s line; setting the days already set appends nothing */
        post: operations["SetPostingPeriodHttpController_set"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{id}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Object to a session under public posting (公示), with a reason: it goes back to review and counts nothing until an organiser confirms it again (a new posting) or rejects it. The volunteer, or an organiser or admin of the organising line or the volunteer’s own, while the posting runs */
        post: operations["LodgeObjectionHttpController_object"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/{id}/league-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change a volunteer’s league status from a date (e.g. admitted as a member); eligibility on and after that day follows */
        post: operations["ChangeLeagueStatusHttpController_change"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/{id}/school": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a volunteer to another school, or out of school, from a date; the consent to the school left ends now */
        post: operations["ChangeSchoolHttpController_change"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a volunteer to another home organisation from a date, by an admin whose subtree holds both; sessions stay with the organisers they were earned under */
        post: operations["TransferVolunteerHttpController_transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/{id}/deactivation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate a volunteer, with a reason: no new check-ins or sessions from then; the history stays and counts */
        post: operations["DeactivateVolunteerHttpController_deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/{id}/reactivation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reactivate a deactivated volunteer, with a reason */
        post: operations["DeactivateVolunteerHttpController_reactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An organisation, with the path from the root down to it */
        get: operations["OrganizationLookupsHttpController_node"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/children": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The children of an organisation, by name */
        get: operations["OrganizationLookupsHttpController_children"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/volunteers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Volunteers whose home is in the subtree, by id; q searches id prefix or exact full name
         * @description q matches the start of a volunteer id, or a full name exactly (case, width and spacing aside) through the personal-data store’s keyed name index; part of a name finds nothing, an erased person is not found.
         */
        get: operations["OrganizationLookupsHttpController_volunteersOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Activities organised in the subtree whose window overlaps [from, to), by start time */
        get: operations["OrganizationLookupsHttpController_activitiesOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/review-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sessions in the subtree awaiting confirmation, oldest first */
        get: operations["OrganizationLookupsHttpController_queue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A volunteer’s profile: the volunteer, their subtree’s organisers, admins and auditors, and schools they consent to */
        get: operations["VolunteerLookupsHttpController_profile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/{id}/profile-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The changes to a volunteer’s league status, school, home organisation and activity, each with the value it replaced, oldest first */
        get: operations["VolunteerLookupsHttpController_profileChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An activity with its roster. Organisers, admins and auditors of its subtree see every session; a volunteer, who may check in at any activity, sees the activity and only their own sessions */
        get: operations["ActivityLookupsHttpController_activity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process is up and answering */
        get: operations["HealthHttpController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the store answers; read-model and publisher lag */
        get: operations["HealthHttpController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness under its first name, with the store and read-model positions */
        get: operations["HealthHttpController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the session cookie signs in, with its CSRF token; or, signed out, the sign-in methods offered */
        get: operations["SessionHttpController_session"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the session: the server forgets it and the cookie is cleared */
        post: operations["SessionHttpController_signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/development/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The people development sign-in offers (only while the development secret is in use; else 404) */
        get: operations["DevelopmentSignInHttpController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/development/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in as one of the people listed; sets the vl_session cookie (development secret only; else 404) */
        post: operations["DevelopmentSignInHttpController_signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Start OpenID Connect sign-in: 302 to the identity provider (code flow, PKCE, state, nonce) */
        get: operations["OidcSignInHttpController_login"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the identity provider returns: sets the vl_session cookie and 302 to returnTo; a browser is sent to /sign-in?error=CODE when it fails */
        get: operations["OidcSignInHttpController_callback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        RegisterOrganizationRequest: {
            /**
             * @description Client-supplied id; generated when omitted
             * @example hetang
             */
            id?: string;
            /** @example 荷塘区 */
            name: string;
            /** @enum {string} */
            kind: "city" | "district" | "subdistrict" | "community" | "compound" | "team" | "partner" | "school";
            /**
             * @description Omitted (or null) only for a city, by the system administrator
             * @example zhuzhou
             */
            parentId?: string | null;
        };
        AppendedDto: {
            /**
             * @description The global position of the last event appended
             * @example 9
             */
            position: number;
            /**
             * @description The id of the record written
             * @example lianhua
             */
            id: string;
        };
        GuardianRequest: {
            /** @example 张大山 */
            name: string;
            /** @example 13912345678 */
            phone: string;
            /**
             * @description father, mother, or another legal guardian
             * @example 父亲
             */
            relation: string;
            /**
             * Format: date
             * @description YYYY-MM-DD, the day the guardian consented
             * @example 2026-11-20
             */
            consentedOn: string;
        };
        RegisterVolunteerRequest: {
            /** @example v-0001 */
            id?: string;
            /** @example 张小青 */
            name: string;
            /**
             * Format: date
             * @description YYYY-MM-DD
             * @example 2008-03-14
             */
            birthDate: string;
            /** @example lianhua-community */
            organizationId: string;
            /** @example zhuzhou-no2-middle-school */
            schoolId?: string;
            /** @enum {string} */
            leagueStatus: "none" | "applicant" | "member";
            /** @example 13812345678 */
            phone?: string;
            /**
             * @description Resident identity number, GB 11643-1999 with its check digit; must hold birthDate
             * @example 11010519491231002X
             */
            identityNumber?: string;
            /** @description Required when the volunteer is under 18 on the day of registration */
            guardian?: components["schemas"]["GuardianRequest"];
        };
        VenueRequest: {
            /** @example 莲花社区活动室 */
            name: string;
            /** @example 株洲市荷塘区莲花路 1 号 */
            address: string;
            /**
             * @description WGS 84; with longitude
             * @example 27.8274
             */
            latitude?: number;
            /**
             * @description WGS 84; with latitude
             * @example 113.134
             */
            longitude?: number;
            /**
             * @description The geolocation range in metres a geo check-in must reach; default 200 with coordinates
             * @example 200
             */
            radiusMeters?: number;
        };
        ScheduleActivityRequest: {
            /** @example act-2024-0501 */
            id?: string;
            /** @example lianhua-community */
            organizationId: string;
            /** @example 七彩课堂：暑期作业辅导 */
            title: string;
            /**
             * @description lower-case slug, e.g. tutoring, elderly-care, environment
             * @example tutoring
             */
            category: string;
            /**
             * Format: date-time
             * @example 2024-07-10T09:00:00+08:00
             */
            startsAt: string;
            /**
             * Format: date-time
             * @example 2024-07-10T11:30:00+08:00
             */
            endsAt: string;
            /** @example 120 */
            maxMinutesPerVolunteer?: number;
            /** @default false */
            autoConfirm: boolean;
            venue?: components["schemas"]["VenueRequest"];
            /** @description The check-in methods the activity accepts; default qr and organizer, and geo when the venue has coordinates */
            checkInMethods?: ("qr" | "geo" | "organizer")[];
        };
        ReportActivityRequest: {
            /**
             * @description Resident visits served (服务人次): one resident served once is one visit
             * @example 42
             */
            residentVisits: number;
            /** @example 为 12 户独居老人上门理发、打扫，共服务 42 人次 */
            summary: string;
        };
        CheckInRequest: {
            /** @description The kiosk code (`GET /activities/{id}/kiosk-code`); required for method qr */
            code?: string;
            /** @description WGS 84 degrees; with longitude and accuracy for method geo */
            latitude?: number;
            /** @description WGS 84 degrees */
            longitude?: number;
            /** @description The fix's accuracy in metres, above 0; a fix vaguer than 100 m is refused. Only the distance to the venue and the accuracy are stored. */
            accuracy?: number;
            /**
             * @description Why an organiser records this, e.g. a paper sheet or a kiosk that was offline
             * @example 签到机离线，按纸质签到表补录
             */
            reason?: string;
            /** @example v-0001 */
            volunteerId: string;
            /**
             * @description Omitted: now. A volunteer’s own check-in is within 5 minutes of the server clock; organisers and admins of the organising subtree may record a past time
             * @example 2024-07-10T08:55:00+08:00
             */
            at?: string;
            /**
             * @description qr carries `code`; geo carries latitude, longitude and accuracy; organizer is for organisers and admins of the organising subtree
             * @enum {string}
             */
            method: "qr" | "geo" | "organizer";
        };
        SessionAppendedDto: {
            /**
             * @description The global position of the last event appended
             * @example 9
             */
            position: number;
            /** @example 0f8e2d4c-8f3a-5b7e-9a61-2c4d7e9b1a35 */
            sessionId: string;
        };
        KioskCodeResponse: {
            /** @description The signed code a qr check-in or check-out carries */
            code: string;
            /**
             * Format: date-time
             * @description After this instant the code is refused (at most 60 s after issue)
             */
            expiresAt: string;
            /** @description When the kiosk fetches the next code (every 30 s) */
            refreshAfter: string;
            /**
             * @description The web check-in page with the code, for the kiosk QR
             * @example /check-in/class-0710?code=…
             */
            checkInUrl: string;
        };
        CheckOutRequest: {
            /** @description The kiosk code (`GET /activities/{id}/kiosk-code`); required for method qr */
            code?: string;
            /** @description WGS 84 degrees; with longitude and accuracy for method geo */
            latitude?: number;
            /** @description WGS 84 degrees */
            longitude?: number;
            /** @description The fix's accuracy in metres, above 0; a fix vaguer than 100 m is refused. Only the distance to the venue and the accuracy are stored. */
            accuracy?: number;
            /**
             * @description Why an organiser records this, e.g. a paper sheet or a kiosk that was offline
             * @example 签到机离线，按纸质签到表补录
             */
            reason?: string;
            /** @example v-0001 */
            volunteerId: string;
            /**
             * @description Omitted: now. A volunteer’s own check-out is within 5 minutes of the server clock
             * @example 2024-07-10T11:40:00+08:00
             */
            at?: string;
        };
        CheckedOutDto: {
            /**
             * @description The global position of the last event appended
             * @example 9
             */
            position: number;
            /** @example 0f8e2d4c-8f3a-5b7e-9a61-2c4d7e9b1a35 */
            sessionId: string;
            /** @example 150 */
            measuredMinutes: number;
            /** @example false */
            missedCheckOut: boolean;
        };
        ManualSessionRequest: {
            volunteerId: string;
            /**
             * Format: date-time
             * @example 2024-07-10T09:00:00+08:00
             */
            startedAt: string;
            /**
             * Format: date-time
             * @example 2024-07-10T11:00:00+08:00
             */
            endedAt: string;
            /** @example 120 */
            minutes: number;
            /** @example 纸质签到表第3页 */
            note: string;
        };
        ConfirmSessionRequest: {
            /** @description Fewer minutes than measured; defaults to the measured minutes */
            minutes?: number;
        };
        SessionMinutesDto: {
            /**
             * @description The global position of the last event appended
             * @example 9
             */
            position: number;
            /** @example 0f8e2d4c-8f3a-5b7e-9a61-2c4d7e9b1a35 */
            sessionId: string;
            /** @example 120 */
            minutes: number;
        };
        ReasonRequest: {
            /** @example 签到地点与活动地点不符 */
            reason: string;
        };
        CorrectSessionRequest: {
            /** @example 90 */
            minutes: number;
            /** @example 签退时间登记有误 */
            reason: string;
        };
        BalanceResponseDto: {
            volunteerId: string;
            /** @description Minutes of confirmed sessions that count: any public posting (公示) of theirs is over */
            confirmedMinutes: number;
            /** @description Minutes of confirmed sessions still under public posting (公示): they count once the posting ends */
            postedMinutes: number;
            /** @description Minutes awaiting confirmation */
            pendingMinutes: number;
            /** @description Confirmed minutes by calendar year (programme time zone) */
            byYear: {
                [key: string]: number;
            };
            /** @description Confirmed minutes by activity category */
            byCategory: {
                [key: string]: number;
            };
            points: number;
            position: number;
            /** Format: date-time */
            asOf?: string;
            /** Format: date-time */
            asKnownAt?: string;
        };
        LedgerActivityResponse: {
            id: string;
            title: string;
            category: string;
            organizationId: string;
            /**
             * @description The organisation’s name (its id if it was never named)
             * @example 莲花社区
             */
            organizationName: string;
        };
        LedgerPresenceResponse: {
            /**
             * @description On check-ins
             * @enum {string|null}
             */
            method: "qr" | "geo" | "organizer" | null;
            /** @description The organiser or admin who recorded it (their sub); null for the volunteer’s own */
            recordedBy: string | null;
            /** @description Why an organiser recorded it (a paper sheet…) */
            reason: string | null;
            /**
             * Format: date-time
             * @description When the kiosk code used was issued
             */
            kioskCodeIssuedAt: string | null;
            /** @description Metres from the venue (geo), never the position */
            distanceMeters: number | null;
            /** @description The location’s accuracy in metres (geo) */
            accuracyMeters: number | null;
        };
        LedgerHistoryEntryResponse: {
            seq: number;
            eventId: string;
            /** @example SessionCorrected */
            type: string;
            position: number;
            /** @enum {string} */
            state: "open" | "pending" | "confirmed" | "rejected" | "revoked";
            minutes: number;
            reason: string | null;
            /** @description Who acted (the token’s sub) */
            actor: string;
            correlationId: string;
            /** Format: date-time */
            occurredAt: string;
            /** Format: date-time */
            recordedAt: string;
            /** @description The proof of presence a check-in, check-out or paper sheet carried; null otherwise */
            presence: components["schemas"]["LedgerPresenceResponse"] | null;
        };
        LedgerEntryResponse: {
            entryId: string;
            sessionId: string;
            /** @enum {string} */
            kind: "live" | "manual";
            /** @enum {string} */
            state: "open" | "pending" | "confirmed" | "rejected" | "revoked";
            missedCheckOut: boolean;
            minutes: number;
            measuredMinutes: number | null;
            activity: components["schemas"]["LedgerActivityResponse"];
            method: string | null;
            /** Format: date-time */
            checkedInAt: string | null;
            /** Format: date-time */
            checkedOutAt: string | null;
            /** Format: date-time */
            serviceStart: string;
            /** Format: date-time */
            serviceEnd: string | null;
            note: string | null;
            /**
             * Format: date-time
             * @description 公示: when the public posting of this confirmed session ends and it starts to count; null when it was not posted. While this lies ahead the session is posted (公示中) and takes objections
             */
            postedUntil: string | null;
            /** @description Every change, oldest first */
            history: components["schemas"]["LedgerHistoryEntryResponse"][];
        };
        LedgerPageResponse: {
            volunteerId: string;
            entries: components["schemas"]["LedgerEntryResponse"][];
            /** @description Pass as ?cursor= for the next page */
            nextCursor: string | null;
            /** @description The read model’s position the answer reflects */
            position: number;
            /** Format: date-time */
            asKnownAt?: string;
        };
        GrantConsentRequest: {
            /**
             * @description An organisation of kind school
             * @example zhuzhou-no2-middle-school
             */
            schoolId: string;
            /**
             * Format: date-time
             * @description When the consent ends; until revoked when absent
             * @example 2026-07-01T00:00:00+08:00
             */
            until?: string;
            /**
             * Format: date
             * @description Required for a volunteer under 18: the day their guardian consented (YYYY-MM-DD)
             * @example 2026-12-01
             */
            guardianConsentedOn?: string;
        };
        ConsentGrantedDto: {
            /**
             * @description The global position of the last event appended
             * @example 9
             */
            position: number;
            /** @example 5b1d8c9e-2f47-5a3b-8e6d-41c0f9a7b2d8 */
            consentId: string;
        };
        RevokeConsentRequest: Record<string, never>;
        PositionDto: {
            /**
             * @description The global position of the last event appended
             * @example 9
             */
            position: number;
        };
        PolicySourceDto: {
            /**
             * @description The document the rule comes from
             * @example 志愿服务记录办法
             */
            title: string;
            /**
             * @description Who issued it
             * @example 民政部
             */
            issuer: string;
            /**
             * @description The year it was issued (or revised)
             * @example 2012
             */
            year: number;
            /**
             * @description The article or section, where known
             * @example 第三条
             */
            section?: string;
            /** @description A public copy, where one exists */
            url?: string;
            /** @description What the rule takes from the document */
            note?: string;
        };
        CountedPeriodDto: {
            /**
             * Format: date
             * @description The first service date counted; null: no lower bound
             * @example 2025-09-01
             */
            from: string | null;
            /**
             * Format: date
             * @description The last service date counted
             * @example 2026-08-31
             */
            to: string;
        };
        StudentCreditDto: {
            /** @example v1 */
            volunteerId: string;
            /** @example 张小青 */
            name: string;
            /** @example 5b1d8c9e-2f47-5a3b-8e6d-41c0f9a7b2d8 */
            consentId: string;
            /**
             * Format: date-time
             * @description When the consent ends; null: until revoked
             * @example 2027-07-01T00:00:00+08:00
             */
            consentUntil: string | null;
            /**
             * @description Confirmed minutes in the period
             * @example 120
             */
            minutes: number;
            /** @example 0 */
            credits: number;
            /** @example true */
            meetsRequirement: boolean;
            /**
             * @description Minutes still missing for the requirement
             * @example 0
             */
            missing: number;
            /** @description The ledger entries (session ids) behind the minutes */
            evidence: string[];
        };
        StudentCreditsResponseDto: {
            /** @example no2 */
            schoolId: string;
            /** @example school-service-credit */
            policyId: string;
            /** @example 1 */
            version: number;
            sources: components["schemas"]["PolicySourceDto"][];
            /** @example 100 */
            requiredMinutes: number;
            /** @example 2880 */
            minutesPerCredit: number;
            /** @example 1 */
            maxCredits: number;
            period: components["schemas"]["CountedPeriodDto"] | null;
            /**
             * Format: date-time
             * @example 2026-07-10T09:00:00.000Z
             */
            asOf: string;
            students: components["schemas"]["StudentCreditDto"][];
            /**
             * @description The read model’s position the answer reflects
             * @example 15
             */
            position: number;
        };
        IssueCertificateRequest: {
            /**
             * @description Generated when absent
             * @example cert-2025-v1
             */
            id?: string;
            /**
             * Format: date
             * @description First service date covered (YYYY-MM-DD)
             * @example 2025-03-01
             */
            from: string;
            /**
             * Format: date
             * @description Last service date covered (YYYY-MM-DD)
             * @example 2025-06-30
             */
            to: string;
        };
        CertificateIssuedDto: {
            certificateId: string;
            /** @example K7M2Q9RXH4TD */
            code: string;
            position: number;
        };
        CertificateOrganizationDto: {
            id: string;
            name: string;
        };
        CertificateVerificationDto: {
            valid: boolean;
            /** @description Why the certificate no longer stands */
            reason: string | null;
            /** @example K7M2Q9RXH4TD */
            code: string;
            number: string;
            /**
             * @description The masked name
             * @example 张*青
             */
            volunteer: string;
            volunteerNumber: string;
            /** @description The minutes certified */
            minutes: number;
            /** @description What the ledger confirms now for the certificate’s sessions */
            currentMinutes: number;
            /**
             * Format: date
             * @example 2025-03-01
             */
            from: string;
            /**
             * Format: date
             * @example 2025-06-30
             */
            to: string;
            organizations: components["schemas"]["CertificateOrganizationDto"][];
            issuer: components["schemas"]["CertificateOrganizationDto"];
            /** Format: date-time */
            issuedAt: string;
            /** Format: date-time */
            revokedAt: string | null;
            /** @description Compact JWS (EdDSA), checked offline against /.well-known/jwks.json */
            signedForm: string;
            keyId: string;
        };
        PublicSigningJwkDto: {
            /** @enum {string} */
            kty: "OKP";
            /** @enum {string} */
            crv: "Ed25519";
            /**
             * @description The public key, base64url
             * @example 11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo
             */
            x: string;
            /** @example cert-2026-01 */
            kid: string;
            /** @enum {string} */
            alg: "EdDSA";
            /** @enum {string} */
            use: "sig";
        };
        CertificateJwksDto: {
            keys: components["schemas"]["PublicSigningJwkDto"][];
        };
        LocalizedTextDto: {
            /** @example 星级志愿者 */
            zh: string;
            /** @example Star volunteer */
            en: string;
        };
        PolicyTierDto: {
            /** @example 1-star */
            id: string;
            title: components["schemas"]["LocalizedTextDto"];
            /** @enum {string} */
            unit: "minutes" | "points";
            /**
             * @description The bar, in unit
             * @example 6000
             */
            threshold: number;
            /** @description The age band the tier belongs to (PVSA) */
            ageBand?: Record<string, never>;
        };
        PolicySummaryDto: {
            /** @example star-volunteer */
            id: string;
            /** @example 1 */
            version: number;
            /**
             * Format: date
             * @description First day this version decides
             * @example 2000-01-01
             */
            effectiveFrom: string;
            /** @enum {string} */
            kind: "points" | "hours-tiers" | "hours-tiers-by-age" | "service-credits" | "all-of";
            title: components["schemas"]["LocalizedTextDto"];
            description?: components["schemas"]["LocalizedTextDto"];
            /** @description The documents the rule comes from; every policy file must name at least one */
            sources: components["schemas"]["PolicySourceDto"][];
            /** @description Why these figures, in a sentence */
            rationale?: components["schemas"]["LocalizedTextDto"];
            /** @description Which service counts, e.g. { "type": "all-time" }; null for points */
            window: {
                [key: string]: unknown;
            } | null;
            tiers: components["schemas"]["PolicyTierDto"][];
        };
        PoliciesResponseDto: {
            /**
             * Format: date
             * @description The calendar date the versions are in force on
             * @example 2025-07-05
             */
            date: string;
            policies: components["schemas"]["PolicySummaryDto"][];
        };
        TierProgressDto: {
            tier: string;
            threshold: number;
            missing: number;
        };
        ConditionThresholdDto: {
            atLeast?: number;
            atMost?: number;
            oneOf?: string[];
            noneOf?: string[];
        };
        ConditionResultDto: {
            /** @example minimumHours */
            name: string;
            met: boolean;
            /** @enum {string} */
            unit: "minutes" | "points" | "years" | "status";
            measured: number | string;
            threshold: components["schemas"]["ConditionThresholdDto"];
            /** @description In unit; 0 when met; null when no further service can meet it */
            missing: number | null;
            evidence: string[];
            period?: components["schemas"]["CountedPeriodDto"];
        };
        DeterminationDto: {
            /** @example star-volunteer */
            policyId: string;
            /** @example 1 */
            version: number;
            /** @description The documents the deciding version comes from, so the answer can be defended */
            sources: components["schemas"]["PolicySourceDto"][];
            eligible: boolean;
            /**
             * @description The highest tier reached
             * @example 1-star
             */
            tier: string | null;
            /** @enum {string} */
            unit: "minutes" | "points";
            /** @example 6600 */
            measured: number;
            /** @example 6000 */
            threshold: number | null;
            /** @example 0 */
            missing: number | null;
            /** @description The ledger entries whose minutes make up measured */
            evidence: string[];
            /** @example hours-tiers */
            kind: string;
            /**
             * Format: date-time
             * @description The evaluation instant
             */
            asOf: string;
            /** @description Progress to the next tier */
            nextTier: components["schemas"]["TierProgressDto"] | null;
            period: components["schemas"]["CountedPeriodDto"] | null;
            ageBand?: string | null;
            credits?: number;
            conditions: components["schemas"]["ConditionResultDto"][];
            /** @description The conditions not met, each with what is missing; empty exactly when eligible */
            unmet: components["schemas"]["ConditionResultDto"][];
        };
        VolunteerEligibilityResponseDto: {
            volunteerId: string;
            /**
             * Format: date-time
             * @description The evaluation instant
             */
            asOf: string;
            position: number;
            determinations: components["schemas"]["DeterminationDto"][];
        };
        AuditListItemDto: {
            /** @example v1 */
            volunteerId: string;
            /** @example 张小青 */
            name: string;
            /** @example lianhua */
            organizationId: string;
            determinations: components["schemas"]["DeterminationDto"][];
        };
        OrganizationEligibilityResponseDto: {
            /** @example hetang */
            organizationId: string;
            /**
             * Format: date-time
             * @description The evaluation instant
             * @example 2026-07-10T09:00:00.000Z
             */
            asOf: string;
            /**
             * Format: date-time
             * @description The ledger as it was known at this instant
             * @example 2026-07-01T00:00:00.000Z
             */
            asKnownAt?: string;
            /**
             * @description The read model position answered from
             * @example 42
             */
            position: number;
            /** @example star-volunteer */
            policy: string | null;
            /** @example 1-star */
            tier: string | null;
            items: components["schemas"]["AuditListItemDto"][];
            /**
             * @description The cursor of the next page
             * @example null
             */
            nextCursor: string | null;
        };
        EligibleCountResponseDto: {
            /** @example hetang */
            organizationId: string;
            /**
             * Format: date-time
             * @description The evaluation instant
             * @example 2026-07-10T09:00:00.000Z
             */
            asOf: string;
            /**
             * Format: date-time
             * @description The ledger as it was known at this instant
             * @example 2026-07-01T00:00:00.000Z
             */
            asKnownAt?: string;
            /**
             * @description The read model position answered from
             * @example 42
             */
            position: number;
            /** @example league-admission */
            policy: string;
            /** @example qualified */
            tier: string;
            /**
             * @description Volunteers of the subtree the tier admits
             * @example 12
             */
            eligible: number;
            /**
             * @description Volunteers evaluated: those who served what the policy requires of everyone (an all-of policy’s hours), else every volunteer of the subtree
             * @example 30
             */
            evaluated: number;
        };
        GrantAwardRequest: {
            /**
             * @description Client-supplied id; generated when omitted
             * @example award-0001
             */
            awardId?: string;
            /** @example star-volunteer */
            policyId: string;
            /** @example 1-star */
            tier: string;
            /** @example 2024 年度星级志愿者认定 */
            note: string;
        };
        AwardAppendedDto: {
            /**
             * @description The global position of the last event appended
             * @example 9
             */
            position: number;
            /** @example award-2026-v1-1-star */
            awardId: string;
        };
        ImportReportDto: {
            /** @example 志愿汇 */
            source: string;
            /** @enum {string} */
            format: "csv" | "xlsx";
            /**
             * @description A CSV’s encoding as read; null for XLSX
             * @enum {string|null}
             */
            encoding: "utf8" | "gbk" | null;
            dryRun: boolean;
            /** @description Data rows in the file */
            rows: number;
            /** @description Rows appended now (in a dry run: that would be) */
            imported: number;
            /** @description Rows whose source and record id the ledger already holds */
            alreadyImported: number;
            /** @description Historical activities scheduled for rows naming an organisation */
            activitiesScheduled: number;
            /** @description Whether events were appended */
            written: boolean;
            /** @description The last position appended, when written */
            position: number | null;
        };
        RevokeAwardRequest: {
            /** @example 支撑时长已被撤销 */
            reason: string;
        };
        AwardViewDto: {
            /** @example award-2026-v1-1-star */
            awardId: string;
            /** @example v1 */
            volunteerId: string;
            /** @example lianhua */
            organizationId: string;
            /** @example star-volunteer */
            policyId: string;
            /** @example 1 */
            version: number;
            /** @example 1-star */
            tier: string;
            /** @enum {string} */
            unit: "minutes" | "points";
            /** @example 6600 */
            measured: number;
            /** @example 6000 */
            threshold: number;
            evidence: string[];
            /** @example 2026 年度表彰 */
            note: string;
            /**
             * Format: date-time
             * @example 2026-07-10T09:00:00.000Z
             */
            grantedAt: string;
            /** @example hetang-admin */
            grantedBy: string;
            /**
             * Format: date-time
             * @example 2026-07-10T09:00:00.000Z
             */
            recordedAt: string;
            /** @enum {string} */
            state: "granted" | "revoked";
            revokedReason: string | null;
            /** Format: date-time */
            revokedAt: string | null;
        };
        EntryChangeDto: {
            /** @example 0f8e2d4c-8f3a-5b7e-9a61-2c4d7e9b1a35 */
            entryId: string;
            /** @example SessionCorrected */
            type: string;
            /** @example confirmed */
            state: string;
            /** @example 100 */
            minutes: number;
            /** @example 签退时间登记有误 */
            reason: string | null;
            /** @example organiser-1 */
            actor: string;
            /**
             * Format: date-time
             * @example 2026-07-11T09:00:00.000Z
             */
            recordedAt: string;
        };
        ChangedEntryDto: {
            /** @example 0f8e2d4c-8f3a-5b7e-9a61-2c4d7e9b1a35 */
            entryId: string;
            /** @example 120 */
            minutesAtGrant: number;
            /** @example 100 */
            minutesNow: number;
            changes: components["schemas"]["EntryChangeDto"][];
        };
        AwardIntegrityFindingDto: {
            award: components["schemas"]["AwardViewDto"];
            /** @enum {string} */
            unit: "minutes" | "points";
            /** @example 6000 */
            threshold: number;
            /** @example 6600 */
            measuredAtGrant: number;
            /** @example 5900 */
            measuredNow: number;
            /** @example 100 */
            missing: number | null;
            unmet: string[];
            changedEntries: components["schemas"]["ChangedEntryDto"][];
        };
        AwardIntegrityResponseDto: {
            /** @example hetang */
            organizationId: string;
            /** @example 17 */
            position: number;
            items: components["schemas"]["AwardIntegrityFindingDto"][];
        };
        AnomalyReasonResponse: {
            /** @example 活动结束 30 分钟后才签到 */
            zh: string;
            /** @example checked in 30 minutes after the activity ended */
            en: string;
        };
        AnomalyFindingResponse: {
            /**
             * @description Stable: the kind and the sessions behind it
             * @example CHECK_IN_AFTER_END:s-1
             */
            id: string;
            /** @enum {string} */
            kind: "IMPOSSIBLE_TRAVEL" | "SELF_CONFIRMATION" | "MANUAL_ABOVE_USUAL" | "LONGER_THAN_PEERS" | "CHECK_IN_AFTER_END";
            reason: components["schemas"]["AnomalyReasonResponse"];
            volunteerId: string;
            volunteerName: string | null;
            /**
             * Format: date-time
             * @description Service start of the first session
             */
            at: string;
            sessionIds: string[];
            /** @description The figures behind the finding (minutes, medians, km, km/h, limits) */
            figures: {
                [key: string]: number;
            };
        };
        AnomalyReportResponse: {
            organizationId: string;
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
            position: number;
            items: components["schemas"]["AnomalyFindingResponse"][];
            /** @description Pass as cursor for the next page; null on the last */
            nextCursor: string | null;
        };
        ErasePersonalDataRequest: {
            /**
             * @description Why; recorded in the ledger, so state it without personal data
             * @example the volunteer’s written request of 2026-12-01
             */
            reason: string;
        };
        PersonalDataErasedDto: {
            volunteerId: string;
            position: number;
        };
        MaskedGuardianResponse: {
            /** @example 欧*山 */
            name: string;
            /** @example 139****0002 */
            phone: string;
            /** @example 父亲 */
            relation: string;
        };
        MaskedPersonalRecordResponse: {
            /** @example 张*青 */
            name: string;
            /**
             * @description The year alone
             * @example 2008-**-**
             */
            birthDate: string;
            /** @example 138****5678 */
            phone: string | null;
            /** @example 4302**********1234 */
            identityNumber: string | null;
            guardian: components["schemas"]["MaskedGuardianResponse"] | null;
        };
        MaskedPersonalDataResponse: {
            volunteerId: string;
            /** @enum {string} */
            status: "present" | "erased";
            /** @description null once erased */
            record: components["schemas"]["MaskedPersonalRecordResponse"] | null;
            /**
             * Format: date-time
             * @description When it was erased
             */
            erasedAt: string | null;
        };
        GuardianResponse: {
            name: string;
            phone: string;
            relation: string;
            /** Format: date */
            consentedOn: string;
        };
        PersonalRecordResponse: {
            volunteerId: string;
            name: string;
            /** Format: date */
            birthDate: string;
            phone: string | null;
            identityNumber: string | null;
            guardian: components["schemas"]["GuardianResponse"] | null;
        };
        PersonalDataReadResponse: {
            id: number;
            /** @description The acting user (token subject) */
            actor: string;
            volunteerId: string;
            /** @example GET /api/v1/volunteers/:id/personal-data */
            route: string;
            /** Format: date-time */
            readAt: string;
        };
        PersonalDataReadsPage: {
            items: components["schemas"]["PersonalDataReadResponse"][];
            nextCursor: string | null;
        };
        StatisticsFiguresResponse: {
            /** @description Organisations of kind team registered by the end of the period (0 per category) */
            teams: number;
            /** @description Volunteers registered by the end of the period (0 per category) */
            registeredVolunteers: number;
            /** @description Volunteers with at least one confirmed session in the period at activities organised here */
            activeVolunteers: number;
            /** @description Activities organised here starting in the period */
            activitiesHeld: number;
            /** @description Confirmed minutes served in the period at activities organised here */
            confirmedMinutes: number;
            /** @description Resident visits (服务人次) from the latest report of each activity held */
            residentVisits: number;
        };
        StatisticsGroupResponse: {
            /** @description Organisations of kind team registered by the end of the period (0 per category) */
            teams: number;
            /** @description Volunteers registered by the end of the period (0 per category) */
            registeredVolunteers: number;
            /** @description Volunteers with at least one confirmed session in the period at activities organised here */
            activeVolunteers: number;
            /** @description Activities organised here starting in the period */
            activitiesHeld: number;
            /** @description Confirmed minutes served in the period at activities organised here */
            confirmedMinutes: number;
            /** @description Resident visits (服务人次) from the latest report of each activity held */
            residentVisits: number;
            /** @description A child organisation id, a month (YYYY-MM) or a category slug */
            key: string;
            /** @description The child's name; the key itself for months and categories */
            label: string;
        };
        CategoryFiguresResponse: {
            category: string;
            confirmedMinutes: number;
            activitiesHeld: number;
        };
        StarLevelResponse: {
            /** @example 1-star */
            tier: string;
            /** @example 一星级志愿者 */
            titleZh: string;
            /** @example One-star volunteer */
            titleEn: string;
            /** @description All-time confirmed minutes the level starts at */
            minimumMinutes: number;
            /** @description Volunteers of the subtree at this level now (below the next level's bar) */
            volunteers: number;
        };
        StatisticsResponse: {
            organizationId: string;
            /** @example 2023-01 */
            from: string | null;
            /** @example 2023-12 */
            to: string | null;
            /** @enum {string} */
            groupBy: "child" | "month" | "category";
            totals: components["schemas"]["StatisticsFiguresResponse"];
            groups: components["schemas"]["StatisticsGroupResponse"][];
            /** @description Up to five categories by confirmed minutes */
            topCategories: components["schemas"]["CategoryFiguresResponse"][];
            /** @description Star volunteers (star-volunteer policy in force today) of the subtree by level, all-time */
            starVolunteers: components["schemas"]["StarLevelResponse"][];
        };
        SetPostingPeriodRequest: {
            /**
             * @description Days a session confirmed in this subtree stays posted (公示) before it counts; 0 turns posting off. The nearest setting on an activity’s organisation path applies
             * @example 3
             */
            days: number;
        };
        PostingPeriodAppendedDto: {
            /**
             * @description The global position of the last event appended
             * @example 9
             */
            position: number;
            /**
             * @description The id of the record written
             * @example lianhua
             */
            id: string;
            /**
             * @description The posting days now set on the organisation
             * @example 3
             */
            days: number;
        };
        ChangeLeagueStatusRequest: {
            /**
             * Format: date
             * @description YYYY-MM-DD in the programme’s time zone, not after today nor before the last change of the same kind; today when absent
             * @example 2026-11-20
             */
            effectiveOn?: string;
            /**
             * @description The new status: applicant → member on admission; a member does not become an applicant again
             * @example member
             * @enum {string}
             */
            leagueStatus: "none" | "applicant" | "member";
        };
        ProfileChangedDto: {
            /**
             * @description The global position of the last event appended
             * @example 9
             */
            position: number;
            /** @example v-0001 */
            volunteerId: string;
            /**
             * Format: date
             * @description The day the change takes effect (YYYY-MM-DD)
             * @example 2026-11-20
             */
            effectiveOn: string;
        };
        ChangeSchoolRequest: {
            /**
             * Format: date
             * @description YYYY-MM-DD in the programme’s time zone, not after today nor before the last change of the same kind; today when absent
             * @example 2026-11-20
             */
            effectiveOn?: string;
            /**
             * @description The new school (an organisation of kind school); null when the volunteer leaves school
             * @example zhuzhou-no8-middle-school
             */
            schoolId: string | null;
        };
        TransferVolunteerRequest: {
            /**
             * Format: date
             * @description YYYY-MM-DD in the programme’s time zone, not after today nor before the last change of the same kind; today when absent
             * @example 2026-11-20
             */
            effectiveOn?: string;
            /**
             * @description The new home organisation
             * @example songjiazhou-community
             */
            organizationId: string;
        };
        ActivationRequest: {
            /**
             * Format: date
             * @description YYYY-MM-DD in the programme’s time zone, not after today nor before the last change of the same kind; today when absent
             * @example 2026-11-20
             */
            effectiveOn?: string;
            /** @example 迁居外地，本人申请注销 */
            reason: string;
        };
        OrganizationRefResponse: {
            id: string;
            name: string;
            /** @enum {string} */
            kind: "city" | "district" | "subdistrict" | "community" | "compound" | "team" | "partner" | "school";
        };
        OrganizationResponse: {
            id: string;
            name: string;
            /** @enum {string} */
            kind: "city" | "district" | "subdistrict" | "community" | "compound" | "team" | "partner" | "school";
            parentId: string | null;
            /** @description From the root down to and including the node */
            path: components["schemas"]["OrganizationRefResponse"][];
        };
        OrganizationChildResponse: {
            id: string;
            name: string;
            /** @enum {string} */
            kind: "city" | "district" | "subdistrict" | "community" | "compound" | "team" | "partner" | "school";
            parentId: string | null;
            /** @description How many children this child has */
            childCount: number;
        };
        OrganizationChildrenPage: {
            items: components["schemas"]["OrganizationChildResponse"][];
            /** @description Pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
        };
        VolunteerListItemResponse: {
            id: string;
            name: string;
            organizationId: string;
            schoolId: string | null;
            /** @enum {string} */
            leagueStatus: "none" | "applicant" | "member";
            /** @description False once deactivated: no new check-ins or sessions */
            active: boolean;
        };
        VolunteersPage: {
            items: components["schemas"]["VolunteerListItemResponse"][];
            /** @description Pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
        };
        VenueResponse: {
            /** @example 神农公园 */
            name: string;
            /** @example 株洲市天元区 */
            address: string;
            /** @description WGS 84 degrees */
            latitude: number | null;
            /** @description WGS 84 degrees */
            longitude: number | null;
            /** @description The range a geo check-in must reach, metres */
            radiusMeters: number | null;
        };
        ActivityResponse: {
            id: string;
            organizationId: string;
            organizationName: string;
            title: string;
            category: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            maxMinutesPerVolunteer: number | null;
            autoConfirm: boolean;
            /** @description Null for an activity without a venue */
            venue: components["schemas"]["VenueResponse"] | null;
            /** @description How a check-in may prove presence */
            checkInMethods: ("qr" | "geo" | "organizer")[];
        };
        ActivitiesPage: {
            items: components["schemas"]["ActivityResponse"][];
            /** @description Pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
        };
        ReviewQueueItemResponse: {
            sessionId: string;
            volunteerId: string;
            volunteerName: string;
            activityId: string;
            activityTitle: string;
            organizationId: string;
            /** @enum {string} */
            state: "pending";
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            endedAt: string | null;
            measuredMinutes: number | null;
            missedCheckOut: boolean;
            /** @description Recorded from a paper sheet */
            manual: boolean;
        };
        ReviewQueuePage: {
            items: components["schemas"]["ReviewQueueItemResponse"][];
            /** @description Pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
        };
        VolunteerProfileResponse: {
            id: string;
            name: string;
            organizationId: string;
            schoolId: string | null;
            /** @enum {string} */
            leagueStatus: "none" | "applicant" | "member";
            /** @description False once deactivated: no new check-ins or sessions */
            active: boolean;
            /**
             * @description Masked: the year only; empty once erased
             * @example 2006-**-**
             */
            birthDate: string;
            organizationName: string;
            /** Format: date-time */
            registeredAt: string;
            /**
             * @description YYYY-MM-DD from which the volunteer is deactivated; null while active
             * @example null
             */
            deactivatedOn: string | null;
        };
        ProfileChangeResponse: {
            /** @enum {string} */
            kind: "leagueStatus" | "school" | "organization" | "activity";
            /** @description The value replaced: a league status, school id, organisation id, or active/inactive */
            previousValue: string | null;
            /** @description The new value; a null school is none */
            value: string | null;
            /**
             * Format: date
             * @description YYYY-MM-DD, the day the change took effect
             * @example 2026-11-20
             */
            effectiveOn: string;
            /** Format: date-time */
            recordedAt: string;
            /** @description Who recorded it (the token subject) */
            actor: string;
            eventId: string;
            position: number;
        };
        ProfileChangesResponse: {
            /** @description Oldest first */
            items: components["schemas"]["ProfileChangeResponse"][];
        };
        AwardItemResponse: {
            awardId: string;
            policyId: string;
            tier: string;
            note: string;
            /** Format: date-time */
            grantedAt: string;
            /** Format: date-time */
            revokedAt: string | null;
            revocationReason: string | null;
        };
        AwardsPage: {
            items: components["schemas"]["AwardItemResponse"][];
            /** @description Pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
        };
        CertificateItemResponse: {
            certificateId: string;
            /** @description The verification code */
            code: string;
            /**
             * Format: date
             * @description First service date covered
             */
            from: string;
            /**
             * Format: date
             * @description Last service date covered
             */
            to: string;
            minutes: number;
            /** Format: date-time */
            issuedAt: string;
            /**
             * Format: date-time
             * @description When the ledger learned of the change that took the certificate below its figure
             */
            revokedAt: string | null;
            /** @description Whether it verifies now */
            valid: boolean;
        };
        CertificatesPage: {
            items: components["schemas"]["CertificateItemResponse"][];
            /** @description Pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
        };
        ConsentItemResponse: {
            schoolId: string;
            schoolName: string;
            /** Format: date-time */
            grantedAt: string;
            /** Format: date-time */
            until: string | null;
            /** Format: date-time */
            revokedAt: string | null;
            /** @description In force now: not revoked, not expired */
            active: boolean;
        };
        ConsentsPage: {
            items: components["schemas"]["ConsentItemResponse"][];
            /** @description Pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
        };
        ActivityReportResponse: {
            /** @description Resident visits served (服务人次) */
            residentVisits: number;
            summary: string;
            /** Format: date-time */
            reportedAt: string;
            /** @description Who recorded the latest report */
            reportedBy: string;
            /** @description Reports recorded; the latest replaces the earlier ones */
            reports: number;
        };
        RosterEntryResponse: {
            sessionId: string;
            volunteerId: string;
            volunteerName: string;
            /** @enum {string} */
            state: "open" | "pending" | "confirmed" | "rejected" | "revoked";
            /** Format: date-time */
            checkedInAt: string | null;
            /** Format: date-time */
            checkedOutAt: string | null;
            /** @description Minutes as the session stands now (confirmed, or measured while pending) */
            minutes: number;
            missedCheckOut: boolean;
        };
        ActivityWithRosterResponse: {
            id: string;
            organizationId: string;
            organizationName: string;
            title: string;
            category: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            maxMinutesPerVolunteer: number | null;
            autoConfirm: boolean;
            /** @description Null for an activity without a venue */
            venue: components["schemas"]["VenueResponse"] | null;
            /** @description How a check-in may prove presence */
            checkInMethods: ("qr" | "geo" | "organizer")[];
            /** @description The latest report of what the activity served; null until one is recorded */
            report: components["schemas"]["ActivityReportResponse"] | null;
            /** @description Every session at the activity; a volunteer sees only their own */
            roster: components["schemas"]["RosterEntryResponse"][];
        };
        HealthCheckDto: {
            /**
             * @example ok
             * @enum {string}
             */
            status: "ok" | "degraded" | "error" | "shutting_down";
            /**
             * @description Indicators that are up
             * @example {
             *       "store": {
             *         "status": "up",
             *         "position": 17
             *       }
             *     }
             */
            info?: {
                [key: string]: {
                    /** @enum {string} */
                    status: "up" | "degraded" | "down";
                } & {
                    [key: string]: unknown;
                };
            };
            /**
             * @description Indicators that are down
             * @example {
             *       "store": {
             *         "status": "up",
             *         "position": 17
             *       }
             *     }
             */
            error?: {
                [key: string]: {
                    /** @enum {string} */
                    status: "up" | "degraded" | "down";
                } & {
                    [key: string]: unknown;
                };
            };
            /**
             * @description Every indicator
             * @example {
             *       "store": {
             *         "status": "up",
             *         "position": 17
             *       }
             *     }
             */
            details: {
                [key: string]: {
                    /** @enum {string} */
                    status: "up" | "degraded" | "down";
                } & {
                    [key: string]: unknown;
                };
            };
        };
        HealthSummaryDto: {
            /**
             * @example ok
             * @enum {string}
             */
            status: "ok" | "degraded" | "error" | "shutting_down";
            /**
             * @description Indicators that are up
             * @example {
             *       "store": {
             *         "status": "up",
             *         "position": 17
             *       }
             *     }
             */
            info?: {
                [key: string]: {
                    /** @enum {string} */
                    status: "up" | "degraded" | "down";
                } & {
                    [key: string]: unknown;
                };
            };
            /**
             * @description Indicators that are down
             * @example {
             *       "store": {
             *         "status": "up",
             *         "position": 17
             *       }
             *     }
             */
            error?: {
                [key: string]: {
                    /** @enum {string} */
                    status: "up" | "degraded" | "down";
                } & {
                    [key: string]: unknown;
                };
            };
            /**
             * @description Every indicator
             * @example {
             *       "store": {
             *         "status": "up",
             *         "position": 17
             *       }
             *     }
             */
            details: {
                [key: string]: {
                    /** @enum {string} */
                    status: "up" | "degraded" | "down";
                } & {
                    [key: string]: unknown;
                };
            };
            /** @example 17 */
            storePosition?: number;
            /** @example 17 */
            readModelPosition?: number;
        };
        SessionActor: {
            /** @example volunteer:v1 */
            sub: string;
            /**
             * @example [
             *       "volunteer"
             *     ]
             */
            roles: ("volunteer" | "organizer" | "school" | "admin" | "auditor")[];
            /**
             * @description The organisation node the roles are bound to; * is the root
             * @example lianhua
             */
            org: string;
            /** @example v1 */
            volunteerId?: string;
            /** @example no2 */
            schoolId?: string;
        };
        SessionAnswer: {
            signedIn: boolean;
            /** @description Signed out: the sign-in methods this deployment offers */
            methods?: ("development" | "oidc")[];
            /** @description Signed in: send it as X-CSRF-Token on every POST, PUT, PATCH and DELETE */
            csrfToken?: string;
            actor?: components["schemas"]["SessionActor"];
            /** @example 张小青 */
            displayName?: string;
            /**
             * @description Signed in: how
             * @enum {string}
             */
            method?: "development" | "oidc";
            /**
             * Format: date-time
             * @description Signed in: when the session ends at the latest
             */
            expiresAt?: string;
        };
        SignOutRequest: Record<string, never>;
        DevelopmentPersonAnswer: {
            /** @example volunteer:v1 */
            sub: string;
            /** @example 张小青 */
            displayName: string;
            /**
             * @example [
             *       "volunteer"
             *     ]
             */
            roles: string[];
            /** @example lianhua */
            org: string;
            /** @example 莲花社区 */
            organizationName: string | null;
            /** @example v1 */
            volunteerId?: string;
            /** @example no2 */
            schoolId?: string;
        };
        DevelopmentPeopleAnswer: {
            items: components["schemas"]["DevelopmentPersonAnswer"][];
            nextCursor: string | null;
        };
        DevelopmentSignInRequest: {
            /**
             * @description The sub of one of GET /auth/development/people
             * @example volunteer:v1
             */
            sub: string;
        };
        ProblemFieldErrorDto: {
            /** @example from */
            field: string;
            /** @example from must be a real date as YYYY-MM-DD */
            message: string;
        };
        ProblemDetailsDto: {
            /** @example urn:volunteer-ledger:problem:validation-failed */
            type: string;
            /** @example The request is malformed */
            title: string;
            /** @example 400 */
            status: number;
            detail: string;
            /** @example /api/v1/volunteers/v1/certificates */
            instance: string;
            /**
             * @description The stable code of the rule at fault
             * @example VALIDATION_FAILED
             */
            code: string;
            /** @description The field at fault, when one is */
            field?: string;
            /** @description Every field at fault, on a 400 */
            errors?: components["schemas"]["ProblemFieldErrorDto"][];
        };
        /** @description An RFC 9457 problem detail */
        Problem: {
            /**
             * Format: uri
             * @example urn:volunteer-ledger:problem:check-in-in-future
             */
            type: string;
            /** @example The time is more than 5 minutes in the future */
            title: string;
            /** @example 422 */
            status: number;
            detail: string;
            /** @example /api/v1/activities/class-1/check-ins */
            instance?: string;
            /** @example CHECK_IN_IN_FUTURE */
            code: string;
            /** @example at */
            field?: string;
            errors?: {
                field: string;
                message: string;
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    RegisterOrganizationHttpController_register: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key and body answer the same and append nothing (`idempotent-replayed: true`); the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`
                 * @example 6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "hetang",
                 *       "name": "荷塘区",
                 *       "kind": "city",
                 *       "parentId": "zhuzhou"
                 *     }
                 */
                "application/json": components["schemas"]["RegisterOrganizationRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "position": 9,
                     *       "id": "lianhua"
                     *     }
                     */
                    "application/json": components["schemas"]["AppendedDto"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `INVALID_IDEMPOTENCY_KEY`, `BODY_TOO_DEEP`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`, `READ_ONLY_ROLE`, `CSRF_TOKEN_INVALID`, `TOP_LEVEL_REQUIRES_SYSTEM_ADMIN`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A conflict: the id is taken, the state changed concurrently, or the honour is already held. Codes: `CONCURRENCY_CONFLICT`, `DUPLICATE_EVENT`, `ORGANIZATION_ALREADY_EXISTS`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KiB. Codes: `BODY_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A ledger rule refuses the request (the problem’s `code` names it). Codes: `IDEMPOTENCY_KEY_REUSED`, `PARENT_NOT_FOUND`, `INVALID_PARENT_KIND`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RegisterVolunteerHttpController_register: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key and body answer the same and append nothing (`idempotent-replayed: true`); the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`
                 * @example 6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "v-0001",
                 *       "name": "张小青",
                 *       "birthDate": "2008-03-14",
                 *       "organizationId": "lianhua-community",
                 *       "schoolId": "zhuzhou-no2-middle-school",
                 *       "leagueStatus": "none",
                 *       "phone": "13812345678",
                 *       "identityNumber": "11010519491231002X",
                 *       "guardian": {
                 *         "name": "张大山",
                 *         "phone": "13912345678",
                 *         "relation": "父亲",
                 *         "consentedOn": "2026-11-20"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["RegisterVolunteerRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "position": 9,
                     *       "id": "lianhua"
                     *     }
                     */
                    "application/json": components["schemas"]["AppendedDto"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `INVALID_IDEMPOTENCY_KEY`, `BODY_TOO_DEEP`, `INVALID_IDENTITY_NUMBER`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`, `READ_ONLY_ROLE`, `CSRF_TOKEN_INVALID`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `ORGANIZATION_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A conflict: the id is taken, the state changed concurrently, or the honour is already held. Codes: `CONCURRENCY_CONFLICT`, `DUPLICATE_EVENT`, `VOLUNTEER_ALREADY_EXISTS`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KiB. Codes: `BODY_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A ledger rule refuses the request (the problem’s `code` names it). Codes: `IDEMPOTENCY_KEY_REUSED`, `GUARDIAN_CONSENT_REQUIRED`, `VOLUNTEER_AGE_OUT_OF_RANGE`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ScheduleActivityHttpController_schedule: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key and body answer the same and append nothing (`idempotent-replayed: true`); the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`
                 * @example 6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "act-2024-0501",
                 *       "organizationId": "lianhua-community",
                 *       "title": "七彩课堂：暑期作业辅导",
                 *       "category": "tutoring",
                 *       "startsAt": "2024-07-10T09:00:00+08:00",
                 *       "endsAt": "2024-07-10T11:30:00+08:00",
                 *       "maxMinutesPerVolunteer": 120,
                 *       "autoConfirm": true,
                 *       "venue": {
                 *         "name": "莲花社区活动室",
                 *         "address": "株洲市荷塘区莲花路 1 号",
                 *         "latitude": 27.8274,
                 *         "longitude": 113.134,
                 *         "radiusMeters": 200
                 *       },
                 *       "checkInMethods": [
                 *         "qr"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ScheduleActivityRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "position": 9,
                     *       "id": "lianhua"
                     *     }
                     */
                    "application/json": components["schemas"]["AppendedDto"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `INVALID_IDEMPOTENCY_KEY`, `BODY_TOO_DEEP`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`, `READ_ONLY_ROLE`, `CSRF_TOKEN_INVALID`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `ORGANIZATION_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A conflict: the id is taken, the state changed concurrently, or the honour is already held. Codes: `CONCURRENCY_CONFLICT`, `DUPLICATE_EVENT`, `ACTIVITY_ALREADY_EXISTS`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KiB. Codes: `BODY_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A ledger rule refuses the request (the problem’s `code` names it). Codes: `IDEMPOTENCY_KEY_REUSED`, `INVALID_ACTIVITY_WINDOW`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ReportActivityHttpController_report: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key and body answer the same and append nothing (`idempotent-replayed: true`); the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`
                 * @example 6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "residentVisits": 42,
                 *       "summary": "为 12 户独居老人上门理发、打扫，共服务 42 人次"
                 *     }
                 */
                "application/json": components["schemas"]["ReportActivityRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "position": 9,
                     *       "id": "lianhua"
                     *     }
                     */
                    "application/json": components["schemas"]["AppendedDto"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `INVALID_IDEMPOTENCY_KEY`, `BODY_TOO_DEEP`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`, `READ_ONLY_ROLE`, `CSRF_TOKEN_INVALID`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `ACTIVITY_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A conflict: the id is taken, the state changed concurrently, or the honour is already held. Codes: `CONCURRENCY_CONFLICT`, `DUPLICATE_EVENT`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KiB. Codes: `BODY_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A ledger rule refuses the request (the problem’s `code` names it). Codes: `IDEMPOTENCY_KEY_REUSED`, `ACTIVITY_NOT_ENDED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CheckInHttpController_checkIn: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key and body answer the same and append nothing (`idempotent-replayed: true`); the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`
                 * @example 6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "text",
                 *       "latitude": 1,
                 *       "longitude": 1,
                 *       "accuracy": 1,
                 *       "reason": "签到机离线，按纸质签到表补录",
                 *       "volunteerId": "v-0001",
                 *       "at": "2024-07-10T08:55:00+08:00",
                 *       "method": "qr"
                 *     }
                 */
                "application/json": components["schemas"]["CheckInRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "position": 9,
                     *       "sessionId": "0f8e2d4c-8f3a-5b7e-9a61-2c4d7e9b1a35"
                     *     }
                     */
                    "application/json": components["schemas"]["SessionAppendedDto"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `INVALID_IDEMPOTENCY_KEY`, `BODY_TOO_DEEP`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`, `READ_ONLY_ROLE`, `CSRF_TOKEN_INVALID`, `ORGANIZER_METHOD_FORBIDDEN`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `ACTIVITY_NOT_FOUND`, `VOLUNTEER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A conflict: the id is taken, the state changed concurrently, or the honour is already held. Codes: `CONCURRENCY_CONFLICT`, `DUPLICATE_EVENT`, `SESSION_ALREADY_EXISTS`, `SESSION_ALREADY_OPEN`, `SESSION_OVERLAPS`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KiB. Codes: `BODY_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A ledger rule refuses the request (the problem’s `code` names it). Codes: `IDEMPOTENCY_KEY_REUSED`, `VOLUNTEER_INACTIVE`, `CHECK_IN_IN_FUTURE`, `OUTSIDE_ACTIVITY_WINDOW`, `CHECK_IN_METHOD_NOT_ACCEPTED`, `KIOSK_CODE_REQUIRED`, `KIOSK_CODE_INVALID`, `KIOSK_CODE_EXPIRED`, `KIOSK_CODE_OTHER_ACTIVITY`, `LOCATION_REQUIRED`, `LOCATION_TOO_IMPRECISE`, `OUTSIDE_GEOFENCE`, `SELF_SERVICE_TIME_OFF`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    KioskCodeHttpController_current: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "text",
                     *       "expiresAt": "2026-07-10T09:00:00+08:00",
                     *       "refreshAfter": "text",
                     *       "checkInUrl": "/check-in/class-0710?code=…"
                     *     }
                     */
                    "application/json": components["schemas"]["KioskCodeResponse"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`, `NOT_IN_ORGANIZING_SUBTREE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `ACTIVITY_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CheckOutHttpController_checkOut: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key and body answer the same and append nothing (`idempotent-replayed: true`); the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`
                 * @example 6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "text",
                 *       "latitude": 1,
                 *       "longitude": 1,
                 *       "accuracy": 1,
                 *       "reason": "签到机离线，按纸质签到表补录",
                 *       "volunteerId": "v-0001",
                 *       "at": "2024-07-10T11:40:00+08:00"
                 *     }
                 */
                "application/json": components["schemas"]["CheckOutRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "position": 9,
                     *       "sessionId": "0f8e2d4c-8f3a-5b7e-9a61-2c4d7e9b1a35",
                     *       "measuredMinutes": 150,
                     *       "missedCheckOut": false
                     *     }
                     */
                    "application/json": components["schemas"]["CheckedOutDto"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `INVALID_IDEMPOTENCY_KEY`, `BODY_TOO_DEEP`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`, `READ_ONLY_ROLE`, `CSRF_TOKEN_INVALID`, `ORGANIZER_METHOD_FORBIDDEN`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `ACTIVITY_NOT_FOUND`, `VOLUNTEER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A conflict: the id is taken, the state changed concurrently, or the honour is already held. Codes: `CONCURRENCY_CONFLICT`, `DUPLICATE_EVENT`, `SESSION_OVERLAPS`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KiB. Codes: `BODY_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A ledger rule refuses the request (the problem’s `code` names it). Codes: `IDEMPOTENCY_KEY_REUSED`, `NO_OPEN_SESSION`, `CHECK_OUT_IN_FUTURE`, `CHECK_OUT_BEFORE_CHECK_IN`, `SESSION_TOO_LONG`, `PRESENCE_PROOF_REQUIRED`, `KIOSK_CODE_REQUIRED`, `KIOSK_CODE_INVALID`, `KIOSK_CODE_EXPIRED`, `KIOSK_CODE_OTHER_ACTIVITY`, `LOCATION_REQUIRED`, `LOCATION_TOO_IMPRECISE`, `OUTSIDE_GEOFENCE`, `SELF_SERVICE_TIME_OFF`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RecordManualSessionHttpController_manual: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key and body answer the same and append nothing (`idempotent-replayed: true`); the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`
                 * @example 6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "volunteerId": "text",
                 *       "startedAt": "2024-07-10T09:00:00+08:00",
                 *       "endedAt": "2024-07-10T11:00:00+08:00",
                 *       "minutes": 120,
                 *       "note": "纸质签到表第3页"
                 *     }
                 */
                "application/json": components["schemas"]["ManualSessionRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "position": 9,
                     *       "sessionId": "0f8e2d4c-8f3a-5b7e-9a61-2c4d7e9b1a35"
                     *     }
                     */
                    "application/json": components["schemas"]["SessionAppendedDto"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `INVALID_IDEMPOTENCY_KEY`, `BODY_TOO_DEEP`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`, `READ_ONLY_ROLE`, `CSRF_TOKEN_INVALID`, `NOT_IN_ORGANIZING_SUBTREE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `ACTIVITY_NOT_FOUND`, `VOLUNTEER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A conflict: the id is taken, the state changed concurrently, or the honour is already held. Codes: `CONCURRENCY_CONFLICT`, `DUPLICATE_EVENT`, `SESSION_ALREADY_EXISTS`, `SESSION_OVERLAPS`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KiB. Codes: `BODY_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A ledger rule refuses the request (the problem’s `code` names it). Codes: `IDEMPOTENCY_KEY_REUSED`, `VOLUNTEER_INACTIVE`, `SESSION_IN_FUTURE`, `OUTSIDE_ACTIVITY_WINDOW`, `CHECK_OUT_BEFORE_CHECK_IN`, `SESSION_TOO_LONG`, `MINUTES_EXCEED_INTERVAL`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ConfirmSessionHttpController_confirm: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key and body answer the same and append nothing (`idempotent-replayed: true`); the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`
                 * @example 6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "minutes": 1
                 *     }
                 */
                "application/json": components["schemas"]["ConfirmSessionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "position": 9,
                     *       "sessionId": "0f8e2d4c-8f3a-5b7e-9a61-2c4d7e9b1a35",
                     *       "minutes": 120
                     *     }
                     */
                    "application/json": components["schemas"]["SessionMinutesDto"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `INVALID_IDEMPOTENCY_KEY`, `BODY_TOO_DEEP`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`, `READ_ONLY_ROLE`, `CSRF_TOKEN_INVALID`, `NOT_IN_ORGANIZING_SUBTREE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `SESSION_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A conflict: the id is taken, the state changed concurrently, or the honour is already held. Codes: `CONCURRENCY_CONFLICT`, `DUPLICATE_EVENT`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KiB. Codes: `BODY_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A ledger rule refuses the request (the problem’s `code` names it). Codes: `IDEMPOTENCY_KEY_REUSED`, `INVALID_SESSION_STATE`, `MINUTES_EXCEED_MEASURED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RejectSessionHttpController_reject: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key and body answer the same and append nothing (`idempotent-replayed: true`); the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`
                 * @example 6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "签到地点与活动地点不符"
                 *     }
                 */
                "application/json": components["schemas"]["ReasonRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "position": 9,
                     *       "sessionId": "0f8e2d4c-8f3a-5b7e-9a61-2c4d7e9b1a35"
                     *     }
                     */
                    "application/json": components["schemas"]["SessionAppendedDto"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `INVALID_IDEMPOTENCY_KEY`, `BODY_TOO_DEEP`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`, `READ_ONLY_ROLE`, `CSRF_TOKEN_INVALID`, `NOT_IN_ORGANIZING_SUBTREE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `SESSION_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A conflict: the id is taken, the state changed concurrently, or the honour is already held. Codes: `CONCURRENCY_CONFLICT`, `DUPLICATE_EVENT`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KiB. Codes: `BODY_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A ledger rule refuses the request (the problem’s `code` names it). Codes: `IDEMPOTENCY_KEY_REUSED`, `INVALID_SESSION_STATE`, `REASON_REQUIRED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CorrectSessionHttpController_correct: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key and body answer the same and append nothing (`idempotent-replayed: true`); the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`
                 * @example 6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "minutes": 90,
                 *       "reason": "签退时间登记有误"
                 *     }
                 */
                "application/json": components["schemas"]["CorrectSessionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "position": 9,
                     *       "sessionId": "0f8e2d4c-8f3a-5b7e-9a61-2c4d7e9b1a35",
                     *       "minutes": 120
                     *     }
                     */
                    "application/json": components["schemas"]["SessionMinutesDto"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `INVALID_IDEMPOTENCY_KEY`, `BODY_TOO_DEEP`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`, `READ_ONLY_ROLE`, `CSRF_TOKEN_INVALID`, `NOT_IN_ORGANIZING_SUBTREE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `SESSION_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A conflict: the id is taken, the state changed concurrently, or the honour is already held. Codes: `CONCURRENCY_CONFLICT`, `DUPLICATE_EVENT`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KiB. Codes: `BODY_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A ledger rule refuses the request (the problem’s `code` names it). Codes: `IDEMPOTENCY_KEY_REUSED`, `INVALID_SESSION_STATE`, `MINUTES_UNCHANGED`, `MINUTES_EXCEED_INTERVAL`, `REASON_REQUIRED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RevokeSessionHttpController_revoke: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key and body answer the same and append nothing (`idempotent-replayed: true`); the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`
                 * @example 6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "签到地点与活动地点不符"
                 *     }
                 */
                "application/json": components["schemas"]["ReasonRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "position": 9,
                     *       "sessionId": "0f8e2d4c-8f3a-5b7e-9a61-2c4d7e9b1a35"
                     *     }
                     */
                    "application/json": components["schemas"]["SessionAppendedDto"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `INVALID_IDEMPOTENCY_KEY`, `BODY_TOO_DEEP`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`, `READ_ONLY_ROLE`, `CSRF_TOKEN_INVALID`, `NOT_IN_ORGANIZING_SUBTREE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `SESSION_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A conflict: the id is taken, the state changed concurrently, or the honour is already held. Codes: `CONCURRENCY_CONFLICT`, `DUPLICATE_EVENT`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KiB. Codes: `BODY_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A ledger rule refuses the request (the problem’s `code` names it). Codes: `IDEMPOTENCY_KEY_REUSED`, `INVALID_SESSION_STATE`, `REASON_REQUIRED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    BalanceHttpController_balance: {
        parameters: {
            query?: {
                /** @description Wait (bounded) until the read model has reached this position */
                minPosition?: number;
                /** @description Only hours served before this instant (for eligibility, also the evaluation date) */
                asOf?: string;
                /** @description The ledger as it stood at this instant, before later corrections */
                asKnownAt?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "volunteerId": "text",
                     *       "confirmedMinutes": 1,
                     *       "postedMinutes": 1,
                     *       "pendingMinutes": 1,
                     *       "byYear": {},
                     *       "byCategory": {},
                     *       "points": 1,
                     *       "position": 1,
                     *       "asOf": "2026-07-10T09:00:00+08:00",
                     *       "asKnownAt": "2026-07-10T09:00:00+08:00"
                     *     }
                     */
                    "application/json": components["schemas"]["BalanceResponseDto"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `MIN_POSITION_AHEAD`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `VOLUNTEER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The volunteer’s personal data has been erased (code PERSONAL_DATA_ERASED). Codes: `PERSONAL_DATA_ERASED`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`, `TOO_MANY_WAITING_READS`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`, `READ_MODEL_BEHIND`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    BalanceHttpController_entries: {
        parameters: {
            query?: {
                /** @description Wait (bounded) until the read model has reached this position */
                minPosition?: number;
                /** @description Sessions served from this instant on */
                from?: string;
                /** @description Sessions served before this instant */
                to?: string;
                /** @description Entries per page: default 50 (JSON, at most 200) or 1000 (CSV, XLSX, at most 1000) */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description The ledger as it stood at this instant: entries, states, minutes and history recorded by then */
                asKnownAt?: string;
                /** @description csv or xlsx (an Excel workbook); or send the Accept header of either */
                format?: "json" | "csv" | "xlsx";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the ledger; as CSV (one row per session) with `Accept: text/csv` or `format=csv`; as an Excel workbook (Chinese headers, times in the programme’s zone) with `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` or `format=xlsx` */
            200: {
                headers: {
                    /** @description CSV and XLSX only: the cursor of the next page */
                    "x-next-cursor"?: string;
                    /** @description CSV and XLSX only: the read model’s position */
                    "x-read-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "volunteerId": "text",
                     *       "entries": [
                     *         {
                     *           "entryId": "text",
                     *           "sessionId": "text",
                     *           "kind": "live",
                     *           "state": "open",
                     *           "missedCheckOut": true,
                     *           "minutes": 1,
                     *           "measuredMinutes": 1,
                     *           "activity": {
                     *             "id": "text",
                     *             "title": "text",
                     *             "category": "text",
                     *             "organizationId": "text",
                     *             "organizationName": "莲花社区"
                     *           },
                     *           "method": "text",
                     *           "checkedInAt": "2026-07-10T09:00:00+08:00",
                     *           "checkedOutAt": "2026-07-10T09:00:00+08:00",
                     *           "serviceStart": "2026-07-10T09:00:00+08:00",
                     *           "serviceEnd": "2026-07-10T09:00:00+08:00",
                     *           "note": "text",
                     *           "postedUntil": "2026-07-10T09:00:00+08:00",
                     *           "history": [
                     *             {
                     *               "seq": 1,
                     *               "eventId": "text",
                     *               "type": "SessionCorrected",
                     *               "position": 1,
                     *               "state": "open",
                     *               "minutes": 1,
                     *               "reason": "text",
                     *               "actor": "text",
                     *               "correlationId": "text",
                     *               "occurredAt": "2026-07-10T09:00:00+08:00",
                     *               "recordedAt": "2026-07-10T09:00:00+08:00",
                     *               "presence": {
                     *                 "method": "qr",
                     *                 "recordedBy": "text",
                     *                 "reason": "text",
                     *                 "kioskCodeIssuedAt": "2026-07-10T09:00:00+08:00",
                     *                 "distanceMeters": 1,
                     *                 "accuracyMeters": 1
                     *               }
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "nextCursor": "text",
                     *       "position": 1,
                     *       "asKnownAt": "2026-07-10T09:00:00+08:00"
                     *     }
                     */
                    "application/json": components["schemas"]["LedgerPageResponse"];
                    /** @example volunteerId,sessionId,activityId,activityTitle,category,organizationName,kind,state,… */
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `MIN_POSITION_AHEAD`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `VOLUNTEER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The volunteer’s personal data has been erased (code PERSONAL_DATA_ERASED). Codes: `PERSONAL_DATA_ERASED`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`, `TOO_MANY_WAITING_READS`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`, `READ_MODEL_BEHIND`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    VolunteerLookupsHttpController_consents: {
        parameters: {
            query?: {
                /** @description Wait (bounded) until the read model has reached this position */
                minPosition?: number;
                limit?: number;
                /** @description nextCursor of the previous page (opaque) */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "schoolId": "text",
                     *           "schoolName": "text",
                     *           "grantedAt": "2026-07-10T09:00:00+08:00",
                     *           "until": "2026-07-10T09:00:00+08:00",
                     *           "revokedAt": "2026-07-10T09:00:00+08:00",
                     *           "active": true
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["ConsentsPage"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `MIN_POSITION_AHEAD`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `VOLUNTEER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The volunteer’s personal data has been erased (code PERSONAL_DATA_ERASED). Codes: `PERSONAL_DATA_ERASED`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`, `TOO_MANY_WAITING_READS`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`, `READ_MODEL_BEHIND`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    GrantConsentHttpController_grant: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key and body answer the same and append nothing (`idempotent-replayed: true`); the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`
                 * @example 6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "schoolId": "zhuzhou-no2-middle-school",
                 *       "until": "2026-07-01T00:00:00+08:00",
                 *       "guardianConsentedOn": "2026-12-01"
                 *     }
                 */
                "application/json": components["schemas"]["GrantConsentRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "position": 9,
                     *       "consentId": "5b1d8c9e-2f47-5a3b-8e6d-41c0f9a7b2d8"
                     *     }
                     */
                    "application/json": components["schemas"]["ConsentGrantedDto"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `INVALID_IDEMPOTENCY_KEY`, `BODY_TOO_DEEP`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`, `READ_ONLY_ROLE`, `CSRF_TOKEN_INVALID`, `CONSENT_BY_VOLUNTEER_ONLY`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `VOLUNTEER_NOT_FOUND`, `SCHOOL_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A conflict: the id is taken, the state changed concurrently, or the honour is already held. Codes: `CONCURRENCY_CONFLICT`, `DUPLICATE_EVENT`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The volunteer’s personal data has been erased (code PERSONAL_DATA_ERASED). Codes: `PERSONAL_DATA_ERASED`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KiB. Codes: `BODY_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A ledger rule refuses the request (the problem’s `code` names it). Codes: `IDEMPOTENCY_KEY_REUSED`, `NOT_A_SCHOOL`, `CONSENT_UNTIL_IN_PAST`, `GUARDIAN_CONSENT_REQUIRED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RevokeConsentHttpController_revoke: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key and body answer the same and append nothing (`idempotent-replayed: true`); the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`
                 * @example 6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                schoolId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["RevokeConsentRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "position": 9
                     *     }
                     */
                    "application/json": components["schemas"]["PositionDto"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `INVALID_IDEMPOTENCY_KEY`, `BODY_TOO_DEEP`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`, `READ_ONLY_ROLE`, `CSRF_TOKEN_INVALID`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `VOLUNTEER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A conflict: the id is taken, the state changed concurrently, or the honour is already held. Codes: `CONCURRENCY_CONFLICT`, `DUPLICATE_EVENT`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The volunteer’s personal data has been erased (code PERSONAL_DATA_ERASED). Codes: `PERSONAL_DATA_ERASED`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KiB. Codes: `BODY_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A ledger rule refuses the request (the problem’s `code` names it). Codes: `IDEMPOTENCY_KEY_REUSED`, `CONSENT_NOT_IN_FORCE`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    StudentCreditsHttpController_roster: {
        parameters: {
            query?: {
                /** @description Wait (bounded) until the read model has reached this position */
                minPosition?: number;
                /** @description The requirement in minutes; the policy’s own when absent */
                requiredMinutes?: number;
                /** @description A service-credits policy id */
                policy?: string;
                /** @description First service date counted (YYYY-MM-DD); with `to` */
                from?: string;
                /** @description Last service date counted (YYYY-MM-DD); with `from` */
                to?: string;
                /** @description csv or xlsx (an Excel workbook); or send the Accept header of either */
                format?: "json" | "csv" | "xlsx";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The roster; as CSV with `Accept: text/csv` or `format=csv`, as an Excel workbook (Chinese headers, times in the programme’s zone, a second sheet with the requirement) with `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` or `format=xlsx` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "schoolId": "no2",
                     *       "policyId": "school-service-credit",
                     *       "version": 1,
                     *       "sources": [
                     *         {
                     *           "title": "志愿服务记录办法",
                     *           "issuer": "民政部",
                     *           "year": 2012,
                     *           "section": "第三条",
                     *           "url": "text",
                     *           "note": "text"
                     *         }
                     *       ],
                     *       "requiredMinutes": 100,
                     *       "minutesPerCredit": 2880,
                     *       "maxCredits": 1,
                     *       "period": {
                     *         "from": "2025-09-01",
                     *         "to": "2026-08-31"
                     *       },
                     *       "asOf": "2026-07-10T09:00:00.000Z",
                     *       "students": [
                     *         {
                     *           "volunteerId": "v1",
                     *           "name": "张小青",
                     *           "consentId": "5b1d8c9e-2f47-5a3b-8e6d-41c0f9a7b2d8",
                     *           "consentUntil": "2027-07-01T00:00:00+08:00",
                     *           "minutes": 120,
                     *           "credits": 0,
                     *           "meetsRequirement": true,
                     *           "missing": 0,
                     *           "evidence": [
                     *             "text"
                     *           ]
                     *         }
                     *       ],
                     *       "position": 15
                     *     }
                     */
                    "application/json": components["schemas"]["StudentCreditsResponseDto"];
                    /** @example volunteerId,name,minutes,credits,meetsRequirement,missing,consentUntil,consentId,evidence */
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `MIN_POSITION_AHEAD`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `SCHOOL_NOT_FOUND`, `POLICY_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A ledger rule refuses the request (the problem’s `code` names it). Codes: `NOT_A_SCHOOL`, `NOT_A_CREDIT_POLICY`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`, `TOO_MANY_WAITING_READS`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`, `READ_MODEL_BEHIND`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    VolunteerLookupsHttpController_certificates: {
        parameters: {
            query?: {
                /** @description Wait (bounded) until the read model has reached this position */
                minPosition?: number;
                limit?: number;
                /** @description nextCursor of the previous page (opaque) */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "certificateId": "text",
                     *           "code": "text",
                     *           "from": "2026-07-10",
                     *           "to": "2026-07-10",
                     *           "minutes": 1,
                     *           "issuedAt": "2026-07-10T09:00:00+08:00",
                     *           "revokedAt": "2026-07-10T09:00:00+08:00",
                     *           "valid": true
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["CertificatesPage"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `MIN_POSITION_AHEAD`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `VOLUNTEER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The volunteer’s personal data has been erased (code PERSONAL_DATA_ERASED). Codes: `PERSONAL_DATA_ERASED`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`, `TOO_MANY_WAITING_READS`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`, `READ_MODEL_BEHIND`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    IssueCertificateHttpController_issue: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key and body answer the same and append nothing (`idempotent-replayed: true`); the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`
                 * @example 6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "cert-2025-v1",
                 *       "from": "2025-03-01",
                 *       "to": "2025-06-30"
                 *     }
                 */
                "application/json": components["schemas"]["IssueCertificateRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "certificateId": "text",
                     *       "code": "K7M2Q9RXH4TD",
                     *       "position": 1
                     *     }
                     */
                    "application/json": components["schemas"]["CertificateIssuedDto"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `INVALID_IDEMPOTENCY_KEY`, `BODY_TOO_DEEP`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`, `READ_ONLY_ROLE`, `CSRF_TOKEN_INVALID`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `VOLUNTEER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A conflict: the id is taken, the state changed concurrently, or the honour is already held. Codes: `CONCURRENCY_CONFLICT`, `DUPLICATE_EVENT`, `CERTIFICATE_ALREADY_EXISTS`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The volunteer’s personal data has been erased (code PERSONAL_DATA_ERASED). Codes: `PERSONAL_DATA_ERASED`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KiB. Codes: `BODY_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A ledger rule refuses the request (the problem’s `code` names it). Codes: `IDEMPOTENCY_KEY_REUSED`, `NO_CERTIFIABLE_SERVICE`, `CERTIFICATE_CONTENT_INVALID`, `INVALID_PERIOD`, `INVALID_DATE`, `INVALID_MINUTES`, `INVALID_VERIFICATION_CODE`, `NO_CONFIRMED_SERVICE`, `SERVICE_OUTSIDE_PERIOD`, `CONFLICTING_ACTIVITY`, `MISSING_FIELD`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CertificateVerificationHttpController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "valid": true,
                     *       "reason": "text",
                     *       "code": "K7M2Q9RXH4TD",
                     *       "number": "text",
                     *       "volunteer": "张*青",
                     *       "volunteerNumber": "text",
                     *       "minutes": 1,
                     *       "currentMinutes": 1,
                     *       "from": "2025-03-01",
                     *       "to": "2025-06-30",
                     *       "organizations": [
                     *         {
                     *           "id": "text",
                     *           "name": "text"
                     *         }
                     *       ],
                     *       "issuer": {
                     *         "id": "text",
                     *         "name": "text"
                     *       },
                     *       "issuedAt": "2026-07-10T09:00:00+08:00",
                     *       "revokedAt": "2026-07-10T09:00:00+08:00",
                     *       "signedForm": "text",
                     *       "keyId": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["CertificateVerificationDto"];
                };
            };
            /** @description A browser (Accept: text/html) is sent to the verification page */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `CERTIFICATE_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CertificateVerificationHttpController_document: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The certificate as a PDF document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `CERTIFICATE_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`, `PDF_FONT_MISSING`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    JwksHttpController_jwks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "keys": [
                     *         {
                     *           "kty": "OKP",
                     *           "crv": "Ed25519",
                     *           "x": "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo",
                     *           "kid": "cert-2026-01",
                     *           "alg": "EdDSA",
                     *           "use": "sig"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CertificateJwksDto"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PoliciesHttpController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "date": "2025-07-05",
                     *       "policies": [
                     *         {
                     *           "id": "star-volunteer",
                     *           "version": 1,
                     *           "effectiveFrom": "2000-01-01",
                     *           "kind": "points",
                     *           "title": {
                     *             "zh": "星级志愿者",
                     *             "en": "Star volunteer"
                     *           },
                     *           "description": {
                     *             "zh": "星级志愿者",
                     *             "en": "Star volunteer"
                     *           },
                     *           "sources": [
                     *             {
                     *               "title": "志愿服务记录办法",
                     *               "issuer": "民政部",
                     *               "year": 2012,
                     *               "section": "第三条",
                     *               "url": "text",
                     *               "note": "text"
                     *             }
                     *           ],
                     *           "rationale": {
                     *             "zh": "星级志愿者",
                     *             "en": "Star volunteer"
                     *           },
                     *           "window": {},
                     *           "tiers": [
                     *             {
                     *               "id": "1-star",
                     *               "title": {
                     *                 "zh": "星级志愿者",
                     *                 "en": "Star volunteer"
                     *               },
                     *               "unit": "minutes",
                     *               "threshold": 6000,
                     *               "ageBand": {}
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["PoliciesResponseDto"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    VolunteerEligibilityHttpController_determinations: {
        parameters: {
            query?: {
                /** @description Wait (bounded) until the read model has reached this position */
                minPosition?: number;
                /** @description Only hours served before this instant (for eligibility, also the evaluation date) */
                asOf?: string;
                /** @description The ledger as it stood at this instant, before later corrections */
                asKnownAt?: string;
                /** @description Only this policy (its id); default: every award policy in force */
                policy?: string;
                /** @description Decide eligibility for this tier of the policy instead of any tier */
                tier?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "volunteerId": "text",
                     *       "asOf": "2026-07-10T09:00:00+08:00",
                     *       "position": 1,
                     *       "determinations": [
                     *         {
                     *           "policyId": "star-volunteer",
                     *           "version": 1,
                     *           "sources": [
                     *             {
                     *               "title": "志愿服务记录办法",
                     *               "issuer": "民政部",
                     *               "year": 2012,
                     *               "section": "第三条",
                     *               "url": "text",
                     *               "note": "text"
                     *             }
                     *           ],
                     *           "eligible": true,
                     *           "tier": "1-star",
                     *           "unit": "minutes",
                     *           "measured": 6600,
                     *           "threshold": 6000,
                     *           "missing": 0,
                     *           "evidence": [
                     *             "text"
                     *           ],
                     *           "kind": "hours-tiers",
                     *           "asOf": "2026-07-10T09:00:00+08:00",
                     *           "nextTier": {
                     *             "tier": "text",
                     *             "threshold": 1,
                     *             "missing": 1
                     *           },
                     *           "period": {
                     *             "from": "2025-09-01",
                     *             "to": "2026-08-31"
                     *           },
                     *           "ageBand": "text",
                     *           "credits": 1,
                     *           "conditions": [
                     *             {
                     *               "name": "minimumHours",
                     *               "met": true,
                     *               "unit": "minutes",
                     *               "measured": 1,
                     *               "threshold": {
                     *                 "atLeast": 1,
                     *                 "atMost": 1,
                     *                 "oneOf": [
                     *                   "text"
                     *                 ],
                     *                 "noneOf": [
                     *                   "text"
                     *                 ]
                     *               },
                     *               "missing": 1,
                     *               "evidence": [
                     *                 "text"
                     *               ],
                     *               "period": {
                     *                 "from": "2025-09-01",
                     *                 "to": "2026-08-31"
                     *               }
                     *             }
                     *           ],
                     *           "unmet": [
                     *             {
                     *               "name": "minimumHours",
                     *               "met": true,
                     *               "unit": "minutes",
                     *               "measured": 1,
                     *               "threshold": {
                     *                 "atLeast": 1,
                     *                 "atMost": 1,
                     *                 "oneOf": [
                     *                   "text"
                     *                 ],
                     *                 "noneOf": [
                     *                   "text"
                     *                 ]
                     *               },
                     *               "missing": 1,
                     *               "evidence": [
                     *                 "text"
                     *               ],
                     *               "period": {
                     *                 "from": "2025-09-01",
                     *                 "to": "2026-08-31"
                     *               }
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["VolunteerEligibilityResponseDto"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `MIN_POSITION_AHEAD`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `VOLUNTEER_NOT_FOUND`, `POLICY_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The volunteer’s personal data has been erased (code PERSONAL_DATA_ERASED). Codes: `PERSONAL_DATA_ERASED`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`, `TOO_MANY_WAITING_READS`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`, `READ_MODEL_BEHIND`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OrganizationEligibilityHttpController_list: {
        parameters: {
            query?: {
                /** @description Wait (bounded) until the read model has reached this position */
                minPosition?: number;
                /** @description Only hours served before this instant (for eligibility, also the evaluation date) */
                asOf?: string;
                /** @description The ledger as it stood at this instant, before later corrections */
                asKnownAt?: string;
                /** @description Only this policy; required with tier */
                policy?: string;
                /** @description Only volunteers eligible for this tier of the policy */
                tier?: string;
                /** @description Volunteers per page: default 50 (JSON) or 1000 (CSV, XLSX), at most 1000 */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description csv, or send Accept: text/csv; xlsx, or send Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet */
                format?: "json" | "csv" | "xlsx";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the audit list; as CSV with `Accept: text/csv` or `format=csv`; as an Excel workbook (Chinese headers, the CSV’s columns) with `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` or `format=xlsx` */
            200: {
                headers: {
                    /** @description CSV and XLSX only: the cursor of the next page */
                    "x-next-cursor"?: string;
                    /** @description CSV and XLSX only: the read model’s position */
                    "x-read-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "organizationId": "hetang",
                     *       "asOf": "2026-07-10T09:00:00.000Z",
                     *       "asKnownAt": "2026-07-01T00:00:00.000Z",
                     *       "position": 42,
                     *       "policy": "star-volunteer",
                     *       "tier": "1-star",
                     *       "items": [
                     *         {
                     *           "volunteerId": "v1",
                     *           "name": "张小青",
                     *           "organizationId": "lianhua",
                     *           "determinations": [
                     *             {
                     *               "policyId": "star-volunteer",
                     *               "version": 1,
                     *               "sources": [
                     *                 {
                     *                   "title": "志愿服务记录办法",
                     *                   "issuer": "民政部",
                     *                   "year": 2012,
                     *                   "section": "第三条",
                     *                   "url": "text",
                     *                   "note": "text"
                     *                 }
                     *               ],
                     *               "eligible": true,
                     *               "tier": "1-star",
                     *               "unit": "minutes",
                     *               "measured": 6600,
                     *               "threshold": 6000,
                     *               "missing": 0,
                     *               "evidence": [
                     *                 "text"
                     *               ],
                     *               "kind": "hours-tiers",
                     *               "asOf": "2026-07-10T09:00:00+08:00",
                     *               "nextTier": {
                     *                 "tier": "text",
                     *                 "threshold": 1,
                     *                 "missing": 1
                     *               },
                     *               "period": {
                     *                 "from": "2025-09-01",
                     *                 "to": "2026-08-31"
                     *               },
                     *               "ageBand": "text",
                     *               "credits": 1,
                     *               "conditions": [
                     *                 {
                     *                   "name": "minimumHours",
                     *                   "met": true,
                     *                   "unit": "minutes",
                     *                   "measured": 1,
                     *                   "threshold": {
                     *                     "atLeast": 1,
                     *                     "atMost": 1,
                     *                     "oneOf": [
                     *                       "text"
                     *                     ],
                     *                     "noneOf": [
                     *                       "text"
                     *                     ]
                     *                   },
                     *                   "missing": 1,
                     *                   "evidence": [
                     *                     "text"
                     *                   ],
                     *                   "period": {
                     *                     "from": "2025-09-01",
                     *                     "to": "2026-08-31"
                     *                   }
                     *                 }
                     *               ],
                     *               "unmet": [
                     *                 {
                     *                   "name": "minimumHours",
                     *                   "met": true,
                     *                   "unit": "minutes",
                     *                   "measured": 1,
                     *                   "threshold": {
                     *                     "atLeast": 1,
                     *                     "atMost": 1,
                     *                     "oneOf": [
                     *                       "text"
                     *                     ],
                     *                     "noneOf": [
                     *                       "text"
                     *                     ]
                     *                   },
                     *                   "missing": 1,
                     *                   "evidence": [
                     *                     "text"
                     *                   ],
                     *                   "period": {
                     *                     "from": "2025-09-01",
                     *                     "to": "2026-08-31"
                     *                   }
                     *                 }
                     *               ]
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["OrganizationEligibilityResponseDto"];
                    /** @example volunteerId,name,organizationId,policyId,version,eligible,tier,measured,threshold,missing */
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `MIN_POSITION_AHEAD`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `ORGANIZATION_NOT_FOUND`, `POLICY_NOT_FOUND`, `TIER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`, `TOO_MANY_WAITING_READS`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`, `READ_MODEL_BEHIND`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OrganizationEligibilityHttpController_count: {
        parameters: {
            query: {
                /** @description Wait (bounded) until the read model has reached this position */
                minPosition?: number;
                /** @description Only hours served before this instant (for eligibility, also the evaluation date) */
                asOf?: string;
                /** @description The ledger as it stood at this instant, before later corrections */
                asKnownAt?: string;
                /** @description The policy (its id) */
                policy: string;
                /** @description The tier of the policy counted */
                tier: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "organizationId": "hetang",
                     *       "asOf": "2026-07-10T09:00:00.000Z",
                     *       "asKnownAt": "2026-07-01T00:00:00.000Z",
                     *       "position": 42,
                     *       "policy": "league-admission",
                     *       "tier": "qualified",
                     *       "eligible": 12,
                     *       "evaluated": 30
                     *     }
                     */
                    "application/json": components["schemas"]["EligibleCountResponseDto"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `MIN_POSITION_AHEAD`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `ORGANIZATION_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`, `TOO_MANY_WAITING_READS`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`, `READ_MODEL_BEHIND`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    VolunteerLookupsHttpController_awards: {
        parameters: {
            query?: {
                /** @description Wait (bounded) until the read model has reached this position */
                minPosition?: number;
                limit?: number;
                /** @description nextCursor of the previous page (opaque) */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "awardId": "text",
                     *           "policyId": "text",
                     *           "tier": "text",
                     *           "note": "text",
                     *           "grantedAt": "2026-07-10T09:00:00+08:00",
                     *           "revokedAt": "2026-07-10T09:00:00+08:00",
                     *           "revocationReason": "text"
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["AwardsPage"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `MIN_POSITION_AHEAD`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `VOLUNTEER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The volunteer’s personal data has been erased (code PERSONAL_DATA_ERASED). Codes: `PERSONAL_DATA_ERASED`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`, `TOO_MANY_WAITING_READS`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`, `READ_MODEL_BEHIND`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    GrantAwardHttpController_grant: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key and body answer the same and append nothing (`idempotent-replayed: true`); the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`
                 * @example 6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "awardId": "award-0001",
                 *       "policyId": "star-volunteer",
                 *       "tier": "1-star",
                 *       "note": "2024 年度星级志愿者认定"
                 *     }
                 */
                "application/json": components["schemas"]["GrantAwardRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "position": 9,
                     *       "awardId": "award-2026-v1-1-star"
                     *     }
                     */
                    "application/json": components["schemas"]["AwardAppendedDto"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `INVALID_IDEMPOTENCY_KEY`, `BODY_TOO_DEEP`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`, `READ_ONLY_ROLE`, `CSRF_TOKEN_INVALID`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `VOLUNTEER_NOT_FOUND`, `POLICY_NOT_FOUND`, `TIER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A conflict: the id is taken, the state changed concurrently, or the honour is already held. Codes: `CONCURRENCY_CONFLICT`, `DUPLICATE_EVENT`, `AWARD_ALREADY_EXISTS`, `AWARD_ALREADY_GRANTED`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The volunteer’s personal data has been erased (code PERSONAL_DATA_ERASED). Codes: `PERSONAL_DATA_ERASED`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KiB. Codes: `BODY_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A ledger rule refuses the request (the problem’s `code` names it). Codes: `IDEMPOTENCY_KEY_REUSED`, `NOT_ELIGIBLE`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ImportHoursHttpController_import: {
        parameters: {
            query: {
                /** @description The system the hours come from (with each record id: idempotency) */
                source: string;
                /** @description Check and report; write nothing */
                dryRun?: "true" | "false";
                /** @description A CSV's encoding; by default UTF-8 when the bytes are valid UTF-8 (or start with a BOM), else GBK */
                encoding?: "utf8" | "gbk";
            };
            header?: {
                /**
                 * @description Makes a retry safe: the same key and body answer the same and append nothing (`idempotent-replayed: true`); the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`
                 * @example 6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The file: CSV (UTF-8 or GBK) or XLSX, columns as docs/import.md lists them; at most 16 MiB */
        requestBody: {
            content: {
                "text/csv": string;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "source": "志愿汇",
                     *       "format": "csv",
                     *       "encoding": "utf8",
                     *       "dryRun": true,
                     *       "rows": 1,
                     *       "imported": 1,
                     *       "alreadyImported": 1,
                     *       "activitiesScheduled": 1,
                     *       "written": true,
                     *       "position": 1
                     *     }
                     */
                    "application/json": components["schemas"]["ImportReportDto"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `INVALID_IDEMPOTENCY_KEY`, `BODY_TOO_DEEP`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`, `READ_ONLY_ROLE`, `CSRF_TOKEN_INVALID`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `ORGANIZATION_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A conflict: the id is taken, the state changed concurrently, or the honour is already held. Codes: `CONCURRENCY_CONFLICT`, `DUPLICATE_EVENT`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KiB. Codes: `BODY_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A ledger rule refuses the request (the problem’s `code` names it). Codes: `IDEMPOTENCY_KEY_REUSED`, `IMPORT_REJECTED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RevokeAwardHttpController_revoke: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key and body answer the same and append nothing (`idempotent-replayed: true`); the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`
                 * @example 6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                awardId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "支撑时长已被撤销"
                 *     }
                 */
                "application/json": components["schemas"]["RevokeAwardRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "position": 9,
                     *       "awardId": "award-2026-v1-1-star"
                     *     }
                     */
                    "application/json": components["schemas"]["AwardAppendedDto"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `INVALID_IDEMPOTENCY_KEY`, `BODY_TOO_DEEP`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`, `READ_ONLY_ROLE`, `CSRF_TOKEN_INVALID`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `VOLUNTEER_NOT_FOUND`, `AWARD_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A conflict: the id is taken, the state changed concurrently, or the honour is already held. Codes: `CONCURRENCY_CONFLICT`, `DUPLICATE_EVENT`, `AWARD_ALREADY_REVOKED`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The volunteer’s personal data has been erased (code PERSONAL_DATA_ERASED). Codes: `PERSONAL_DATA_ERASED`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KiB. Codes: `BODY_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A ledger rule refuses the request (the problem’s `code` names it). Codes: `IDEMPOTENCY_KEY_REUSED`, `REASON_REQUIRED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AwardIntegrityHttpController_awardIntegrity: {
        parameters: {
            query?: {
                /** @description Wait (bounded) until the read model has reached this position */
                minPosition?: number;
                /** @description The subtree to audit; default: the caller’s own node */
                organizationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "organizationId": "hetang",
                     *       "position": 17,
                     *       "items": [
                     *         {
                     *           "award": {
                     *             "awardId": "award-2026-v1-1-star",
                     *             "volunteerId": "v1",
                     *             "organizationId": "lianhua",
                     *             "policyId": "star-volunteer",
                     *             "version": 1,
                     *             "tier": "1-star",
                     *             "unit": "minutes",
                     *             "measured": 6600,
                     *             "threshold": 6000,
                     *             "evidence": [
                     *               "text"
                     *             ],
                     *             "note": "2026 年度表彰",
                     *             "grantedAt": "2026-07-10T09:00:00.000Z",
                     *             "grantedBy": "hetang-admin",
                     *             "recordedAt": "2026-07-10T09:00:00.000Z",
                     *             "state": "granted",
                     *             "revokedReason": "text",
                     *             "revokedAt": "2026-07-10T09:00:00+08:00"
                     *           },
                     *           "unit": "minutes",
                     *           "threshold": 6000,
                     *           "measuredAtGrant": 6600,
                     *           "measuredNow": 5900,
                     *           "missing": 100,
                     *           "unmet": [
                     *             "text"
                     *           ],
                     *           "changedEntries": [
                     *             {
                     *               "entryId": "0f8e2d4c-8f3a-5b7e-9a61-2c4d7e9b1a35",
                     *               "minutesAtGrant": 120,
                     *               "minutesNow": 100,
                     *               "changes": [
                     *                 {
                     *                   "entryId": "0f8e2d4c-8f3a-5b7e-9a61-2c4d7e9b1a35",
                     *                   "type": "SessionCorrected",
                     *                   "state": "confirmed",
                     *                   "minutes": 100,
                     *                   "reason": "签退时间登记有误",
                     *                   "actor": "organiser-1",
                     *                   "recordedAt": "2026-07-11T09:00:00.000Z"
                     *                 }
                     *               ]
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["AwardIntegrityResponseDto"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `MIN_POSITION_AHEAD`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`, `TOO_MANY_WAITING_READS`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`, `READ_MODEL_BEHIND`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OrganizationAnomaliesHttpController_list: {
        parameters: {
            query?: {
                /** @description Wait (bounded) until the read model has reached this position */
                minPosition?: number;
                /** @description Sessions whose service starts at or after this instant; a date means its midnight in the programme’s zone. Default: 31 days before `to` */
                from?: string;
                /** @description Sessions whose service starts before this instant (or date). Default: now. At most 366 days after `from` */
                to?: string;
                /** @description Findings per page: default 50 (JSON) or 1000 (CSV), at most 1000 */
                limit?: number;
                /** @description nextCursor of the previous page (opaque) */
                cursor?: string;
                /** @description csv, or send Accept: text/csv */
                format?: "json" | "csv";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The findings, by time then id; as text/csv one row per finding */
            200: {
                headers: {
                    /** @description CSV only: the cursor of the next page */
                    "X-Next-Cursor"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "organizationId": "text",
                     *       "from": "2026-07-10T09:00:00+08:00",
                     *       "to": "2026-07-10T09:00:00+08:00",
                     *       "position": 1,
                     *       "items": [
                     *         {
                     *           "id": "CHECK_IN_AFTER_END:s-1",
                     *           "kind": "IMPOSSIBLE_TRAVEL",
                     *           "reason": {
                     *             "zh": "活动结束 30 分钟后才签到",
                     *             "en": "checked in 30 minutes after the activity ended"
                     *           },
                     *           "volunteerId": "text",
                     *           "volunteerName": "text",
                     *           "at": "2026-07-10T09:00:00+08:00",
                     *           "sessionIds": [
                     *             "text"
                     *           ],
                     *           "figures": {}
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["AnomalyReportResponse"];
                    "text/csv": string;
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `MIN_POSITION_AHEAD`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `ORGANIZATION_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`, `TOO_MANY_WAITING_READS`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`, `READ_MODEL_BEHIND`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ErasePersonalDataHttpController_erase: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key and body answer the same and append nothing (`idempotent-replayed: true`); the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`
                 * @example 6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "the volunteer’s written request of 2026-12-01"
                 *     }
                 */
                "application/json": components["schemas"]["ErasePersonalDataRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "volunteerId": "text",
                     *       "position": 1
                     *     }
                     */
                    "application/json": components["schemas"]["PersonalDataErasedDto"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `INVALID_IDEMPOTENCY_KEY`, `BODY_TOO_DEEP`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`, `READ_ONLY_ROLE`, `CSRF_TOKEN_INVALID`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `VOLUNTEER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A conflict: the id is taken, the state changed concurrently, or the honour is already held. Codes: `CONCURRENCY_CONFLICT`, `DUPLICATE_EVENT`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KiB. Codes: `BODY_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A ledger rule refuses the request (the problem’s `code` names it). Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    MaskedPersonalDataQueryHttpController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "volunteerId": "text",
                     *       "status": "present",
                     *       "record": {
                     *         "name": "张*青",
                     *         "birthDate": "2008-**-**",
                     *         "phone": "138****5678",
                     *         "identityNumber": "4302**********1234",
                     *         "guardian": {
                     *           "name": "欧*山",
                     *           "phone": "139****0002",
                     *           "relation": "父亲"
                     *         }
                     *       },
                     *       "erasedAt": "2026-07-10T09:00:00+08:00"
                     *     }
                     */
                    "application/json": components["schemas"]["MaskedPersonalDataResponse"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `VOLUNTEER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The volunteer’s personal data has been erased (code PERSONAL_DATA_ERASED). Codes: `PERSONAL_DATA_ERASED`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PersonalDataQueryHttpController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "volunteerId": "text",
                     *       "name": "text",
                     *       "birthDate": "2026-07-10",
                     *       "phone": "text",
                     *       "identityNumber": "text",
                     *       "guardian": {
                     *         "name": "text",
                     *         "phone": "text",
                     *         "relation": "text",
                     *         "consentedOn": "2026-07-10"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["PersonalRecordResponse"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `VOLUNTEER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The volunteer’s personal data has been erased (code PERSONAL_DATA_ERASED). Codes: `PERSONAL_DATA_ERASED`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PersonalDataQueryHttpController_copy: {
        parameters: {
            query?: {
                format?: "json" | "html";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON by default; a readable page with `format=html` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": {
                        [key: string]: unknown;
                    };
                    "text/html": string;
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `VOLUNTEER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The volunteer’s personal data has been erased (code PERSONAL_DATA_ERASED). Codes: `PERSONAL_DATA_ERASED`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PersonalDataReadsHttpController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description First day of reads listed (YYYY-MM-DD, the programme’s zone), included */
                from?: string;
                /** @description Last day of reads listed (YYYY-MM-DD, the programme’s zone), included */
                to?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": 1,
                     *           "actor": "text",
                     *           "volunteerId": "text",
                     *           "route": "GET /api/v1/volunteers/:id/personal-data",
                     *           "readAt": "2026-07-10T09:00:00+08:00"
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["PersonalDataReadsPage"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `ORGANIZATION_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    StatisticsHttpController_figures: {
        parameters: {
            query?: {
                /** @description Wait (bounded) until the read model has reached this position */
                minPosition?: number;
                /** @description First month counted (YYYY-MM); from the start if absent */
                from?: string;
                /** @description Last month counted (YYYY-MM); up to now if absent */
                to?: string;
                groupBy?: "child" | "month" | "category";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "organizationId": "text",
                     *       "from": "2023-01",
                     *       "to": "2023-12",
                     *       "groupBy": "child",
                     *       "totals": {
                     *         "teams": 1,
                     *         "registeredVolunteers": 1,
                     *         "activeVolunteers": 1,
                     *         "activitiesHeld": 1,
                     *         "confirmedMinutes": 1,
                     *         "residentVisits": 1
                     *       },
                     *       "groups": [
                     *         {
                     *           "teams": 1,
                     *           "registeredVolunteers": 1,
                     *           "activeVolunteers": 1,
                     *           "activitiesHeld": 1,
                     *           "confirmedMinutes": 1,
                     *           "residentVisits": 1,
                     *           "key": "text",
                     *           "label": "text"
                     *         }
                     *       ],
                     *       "topCategories": [
                     *         {
                     *           "category": "text",
                     *           "confirmedMinutes": 1,
                     *           "activitiesHeld": 1
                     *         }
                     *       ],
                     *       "starVolunteers": [
                     *         {
                     *           "tier": "1-star",
                     *           "titleZh": "一星级志愿者",
                     *           "titleEn": "One-star volunteer",
                     *           "minimumMinutes": 1,
                     *           "volunteers": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["StatisticsResponse"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `MIN_POSITION_AHEAD`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `ORGANIZATION_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`, `TOO_MANY_WAITING_READS`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`, `READ_MODEL_BEHIND`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    SetPostingPeriodHttpController_set: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key and body answer the same and append nothing (`idempotent-replayed: true`); the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`
                 * @example 6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "days": 3
                 *     }
                 */
                "application/json": components["schemas"]["SetPostingPeriodRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "position": 9,
                     *       "id": "lianhua",
                     *       "days": 3
                     *     }
                     */
                    "application/json": components["schemas"]["PostingPeriodAppendedDto"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `INVALID_IDEMPOTENCY_KEY`, `BODY_TOO_DEEP`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`, `READ_ONLY_ROLE`, `CSRF_TOKEN_INVALID`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `ORGANIZATION_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A conflict: the id is taken, the state changed concurrently, or the honour is already held. Codes: `CONCURRENCY_CONFLICT`, `DUPLICATE_EVENT`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KiB. Codes: `BODY_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A ledger rule refuses the request (the problem’s `code` names it). Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    LodgeObjectionHttpController_object: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key and body answer the same and append nothing (`idempotent-replayed: true`); the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`
                 * @example 6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "签到地点与活动地点不符"
                 *     }
                 */
                "application/json": components["schemas"]["ReasonRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "position": 9,
                     *       "sessionId": "0f8e2d4c-8f3a-5b7e-9a61-2c4d7e9b1a35"
                     *     }
                     */
                    "application/json": components["schemas"]["SessionAppendedDto"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `INVALID_IDEMPOTENCY_KEY`, `BODY_TOO_DEEP`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`, `READ_ONLY_ROLE`, `CSRF_TOKEN_INVALID`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `SESSION_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A conflict: the id is taken, the state changed concurrently, or the honour is already held. Codes: `CONCURRENCY_CONFLICT`, `DUPLICATE_EVENT`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KiB. Codes: `BODY_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A ledger rule refuses the request (the problem’s `code` names it). Codes: `IDEMPOTENCY_KEY_REUSED`, `NOT_POSTED`, `REASON_REQUIRED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ChangeLeagueStatusHttpController_change: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key and body answer the same and append nothing (`idempotent-replayed: true`); the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`
                 * @example 6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "effectiveOn": "2026-11-20",
                 *       "leagueStatus": "member"
                 *     }
                 */
                "application/json": components["schemas"]["ChangeLeagueStatusRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "position": 9,
                     *       "volunteerId": "v-0001",
                     *       "effectiveOn": "2026-11-20"
                     *     }
                     */
                    "application/json": components["schemas"]["ProfileChangedDto"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `INVALID_IDEMPOTENCY_KEY`, `BODY_TOO_DEEP`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`, `READ_ONLY_ROLE`, `CSRF_TOKEN_INVALID`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `VOLUNTEER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A conflict: the id is taken, the state changed concurrently, or the honour is already held. Codes: `CONCURRENCY_CONFLICT`, `DUPLICATE_EVENT`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The volunteer’s personal data has been erased (code PERSONAL_DATA_ERASED). Codes: `PERSONAL_DATA_ERASED`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KiB. Codes: `BODY_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A ledger rule refuses the request (the problem’s `code` names it). Codes: `IDEMPOTENCY_KEY_REUSED`, `PROFILE_UNCHANGED`, `PROFILE_CHANGE_IN_FUTURE`, `PROFILE_CHANGE_OUT_OF_ORDER`, `LEAGUE_STATUS_TRANSITION_INVALID`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ChangeSchoolHttpController_change: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key and body answer the same and append nothing (`idempotent-replayed: true`); the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`
                 * @example 6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "effectiveOn": "2026-11-20",
                 *       "schoolId": "zhuzhou-no8-middle-school"
                 *     }
                 */
                "application/json": components["schemas"]["ChangeSchoolRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "position": 9,
                     *       "volunteerId": "v-0001",
                     *       "effectiveOn": "2026-11-20"
                     *     }
                     */
                    "application/json": components["schemas"]["ProfileChangedDto"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `INVALID_IDEMPOTENCY_KEY`, `BODY_TOO_DEEP`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`, `READ_ONLY_ROLE`, `CSRF_TOKEN_INVALID`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `VOLUNTEER_NOT_FOUND`, `SCHOOL_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A conflict: the id is taken, the state changed concurrently, or the honour is already held. Codes: `CONCURRENCY_CONFLICT`, `DUPLICATE_EVENT`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The volunteer’s personal data has been erased (code PERSONAL_DATA_ERASED). Codes: `PERSONAL_DATA_ERASED`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KiB. Codes: `BODY_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A ledger rule refuses the request (the problem’s `code` names it). Codes: `IDEMPOTENCY_KEY_REUSED`, `NOT_A_SCHOOL`, `PROFILE_UNCHANGED`, `PROFILE_CHANGE_IN_FUTURE`, `PROFILE_CHANGE_OUT_OF_ORDER`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    TransferVolunteerHttpController_transfer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key and body answer the same and append nothing (`idempotent-replayed: true`); the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`
                 * @example 6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "effectiveOn": "2026-11-20",
                 *       "organizationId": "songjiazhou-community"
                 *     }
                 */
                "application/json": components["schemas"]["TransferVolunteerRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "position": 9,
                     *       "volunteerId": "v-0001",
                     *       "effectiveOn": "2026-11-20"
                     *     }
                     */
                    "application/json": components["schemas"]["ProfileChangedDto"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `INVALID_IDEMPOTENCY_KEY`, `BODY_TOO_DEEP`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`, `READ_ONLY_ROLE`, `CSRF_TOKEN_INVALID`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `VOLUNTEER_NOT_FOUND`, `ORGANIZATION_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A conflict: the id is taken, the state changed concurrently, or the honour is already held. Codes: `CONCURRENCY_CONFLICT`, `DUPLICATE_EVENT`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The volunteer’s personal data has been erased (code PERSONAL_DATA_ERASED). Codes: `PERSONAL_DATA_ERASED`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KiB. Codes: `BODY_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A ledger rule refuses the request (the problem’s `code` names it). Codes: `IDEMPOTENCY_KEY_REUSED`, `PROFILE_UNCHANGED`, `PROFILE_CHANGE_IN_FUTURE`, `PROFILE_CHANGE_OUT_OF_ORDER`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    DeactivateVolunteerHttpController_deactivate: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key and body answer the same and append nothing (`idempotent-replayed: true`); the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`
                 * @example 6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "effectiveOn": "2026-11-20",
                 *       "reason": "迁居外地，本人申请注销"
                 *     }
                 */
                "application/json": components["schemas"]["ActivationRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "position": 9,
                     *       "volunteerId": "v-0001",
                     *       "effectiveOn": "2026-11-20"
                     *     }
                     */
                    "application/json": components["schemas"]["ProfileChangedDto"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `INVALID_IDEMPOTENCY_KEY`, `BODY_TOO_DEEP`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`, `READ_ONLY_ROLE`, `CSRF_TOKEN_INVALID`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `VOLUNTEER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A conflict: the id is taken, the state changed concurrently, or the honour is already held. Codes: `CONCURRENCY_CONFLICT`, `DUPLICATE_EVENT`, `VOLUNTEER_ALREADY_INACTIVE`, `SESSION_ALREADY_OPEN`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The volunteer’s personal data has been erased (code PERSONAL_DATA_ERASED). Codes: `PERSONAL_DATA_ERASED`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KiB. Codes: `BODY_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A ledger rule refuses the request (the problem’s `code` names it). Codes: `IDEMPOTENCY_KEY_REUSED`, `REASON_REQUIRED`, `PROFILE_CHANGE_IN_FUTURE`, `PROFILE_CHANGE_OUT_OF_ORDER`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    DeactivateVolunteerHttpController_reactivate: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key and body answer the same and append nothing (`idempotent-replayed: true`); the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`
                 * @example 6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "effectiveOn": "2026-11-20",
                 *       "reason": "迁居外地，本人申请注销"
                 *     }
                 */
                "application/json": components["schemas"]["ActivationRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "position": 9,
                     *       "volunteerId": "v-0001",
                     *       "effectiveOn": "2026-11-20"
                     *     }
                     */
                    "application/json": components["schemas"]["ProfileChangedDto"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `INVALID_IDEMPOTENCY_KEY`, `BODY_TOO_DEEP`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`, `READ_ONLY_ROLE`, `CSRF_TOKEN_INVALID`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `VOLUNTEER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A conflict: the id is taken, the state changed concurrently, or the honour is already held. Codes: `CONCURRENCY_CONFLICT`, `DUPLICATE_EVENT`, `VOLUNTEER_ALREADY_ACTIVE`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The volunteer’s personal data has been erased (code PERSONAL_DATA_ERASED). Codes: `PERSONAL_DATA_ERASED`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KiB. Codes: `BODY_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A ledger rule refuses the request (the problem’s `code` names it). Codes: `IDEMPOTENCY_KEY_REUSED`, `REASON_REQUIRED`, `PROFILE_CHANGE_IN_FUTURE`, `PROFILE_CHANGE_OUT_OF_ORDER`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OrganizationLookupsHttpController_node: {
        parameters: {
            query?: {
                /** @description Wait (bounded) until the read model has reached this position */
                minPosition?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "text",
                     *       "name": "text",
                     *       "kind": "city",
                     *       "parentId": "text",
                     *       "path": [
                     *         {
                     *           "id": "text",
                     *           "name": "text",
                     *           "kind": "city"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["OrganizationResponse"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `MIN_POSITION_AHEAD`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `ORGANIZATION_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`, `TOO_MANY_WAITING_READS`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`, `READ_MODEL_BEHIND`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OrganizationLookupsHttpController_children: {
        parameters: {
            query?: {
                /** @description Wait (bounded) until the read model has reached this position */
                minPosition?: number;
                limit?: number;
                /** @description nextCursor of the previous page (opaque) */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "text",
                     *           "name": "text",
                     *           "kind": "city",
                     *           "parentId": "text",
                     *           "childCount": 1
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["OrganizationChildrenPage"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `MIN_POSITION_AHEAD`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `ORGANIZATION_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`, `TOO_MANY_WAITING_READS`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`, `READ_MODEL_BEHIND`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OrganizationLookupsHttpController_volunteersOf: {
        parameters: {
            query?: {
                /** @description Wait (bounded) until the read model has reached this position */
                minPosition?: number;
                limit?: number;
                /** @description nextCursor of the previous page (opaque) */
                cursor?: string;
                /** @description The start of a volunteer id, or a full name exactly (case, width and spacing aside) */
                q?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "text",
                     *           "name": "text",
                     *           "organizationId": "text",
                     *           "schoolId": "text",
                     *           "leagueStatus": "none",
                     *           "active": true
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["VolunteersPage"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `MIN_POSITION_AHEAD`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `ORGANIZATION_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`, `TOO_MANY_WAITING_READS`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`, `READ_MODEL_BEHIND`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OrganizationLookupsHttpController_activitiesOf: {
        parameters: {
            query?: {
                /** @description Wait (bounded) until the read model has reached this position */
                minPosition?: number;
                limit?: number;
                /** @description nextCursor of the previous page (opaque) */
                cursor?: string;
                /** @description Activities still running at or after this instant; a date means its midnight in the programme’s zone */
                from?: string;
                /** @description Activities starting before this instant; a date means its midnight in the programme’s zone */
                to?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "text",
                     *           "organizationId": "text",
                     *           "organizationName": "text",
                     *           "title": "text",
                     *           "category": "text",
                     *           "startsAt": "2026-07-10T09:00:00+08:00",
                     *           "endsAt": "2026-07-10T09:00:00+08:00",
                     *           "maxMinutesPerVolunteer": 1,
                     *           "autoConfirm": true,
                     *           "venue": {
                     *             "name": "神农公园",
                     *             "address": "株洲市天元区",
                     *             "latitude": 1,
                     *             "longitude": 1,
                     *             "radiusMeters": 1
                     *           },
                     *           "checkInMethods": [
                     *             "qr"
                     *           ]
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["ActivitiesPage"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `MIN_POSITION_AHEAD`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `ORGANIZATION_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`, `TOO_MANY_WAITING_READS`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`, `READ_MODEL_BEHIND`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OrganizationLookupsHttpController_queue: {
        parameters: {
            query?: {
                /** @description Wait (bounded) until the read model has reached this position */
                minPosition?: number;
                limit?: number;
                /** @description nextCursor of the previous page (opaque) */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "sessionId": "text",
                     *           "volunteerId": "text",
                     *           "volunteerName": "text",
                     *           "activityId": "text",
                     *           "activityTitle": "text",
                     *           "organizationId": "text",
                     *           "state": "pending",
                     *           "startedAt": "2026-07-10T09:00:00+08:00",
                     *           "endedAt": "2026-07-10T09:00:00+08:00",
                     *           "measuredMinutes": 1,
                     *           "missedCheckOut": true,
                     *           "manual": true
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["ReviewQueuePage"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `MIN_POSITION_AHEAD`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `ORGANIZATION_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`, `TOO_MANY_WAITING_READS`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`, `READ_MODEL_BEHIND`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    VolunteerLookupsHttpController_profile: {
        parameters: {
            query?: {
                /** @description Wait (bounded) until the read model has reached this position */
                minPosition?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "text",
                     *       "name": "text",
                     *       "organizationId": "text",
                     *       "schoolId": "text",
                     *       "leagueStatus": "none",
                     *       "active": true,
                     *       "birthDate": "2006-**-**",
                     *       "organizationName": "text",
                     *       "registeredAt": "2026-07-10T09:00:00+08:00",
                     *       "deactivatedOn": null
                     *     }
                     */
                    "application/json": components["schemas"]["VolunteerProfileResponse"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `MIN_POSITION_AHEAD`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `VOLUNTEER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The volunteer’s personal data has been erased (code PERSONAL_DATA_ERASED). Codes: `PERSONAL_DATA_ERASED`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`, `TOO_MANY_WAITING_READS`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`, `READ_MODEL_BEHIND`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    VolunteerLookupsHttpController_profileChanges: {
        parameters: {
            query?: {
                /** @description Wait (bounded) until the read model has reached this position */
                minPosition?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "kind": "leagueStatus",
                     *           "previousValue": "text",
                     *           "value": "text",
                     *           "effectiveOn": "2026-11-20",
                     *           "recordedAt": "2026-07-10T09:00:00+08:00",
                     *           "actor": "text",
                     *           "eventId": "text",
                     *           "position": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ProfileChangesResponse"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `MIN_POSITION_AHEAD`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `VOLUNTEER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The volunteer’s personal data has been erased (code PERSONAL_DATA_ERASED). Codes: `PERSONAL_DATA_ERASED`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`, `TOO_MANY_WAITING_READS`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`, `READ_MODEL_BEHIND`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ActivityLookupsHttpController_activity: {
        parameters: {
            query?: {
                /** @description Wait (bounded) until the read model has reached this position */
                minPosition?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "text",
                     *       "organizationId": "text",
                     *       "organizationName": "text",
                     *       "title": "text",
                     *       "category": "text",
                     *       "startsAt": "2026-07-10T09:00:00+08:00",
                     *       "endsAt": "2026-07-10T09:00:00+08:00",
                     *       "maxMinutesPerVolunteer": 1,
                     *       "autoConfirm": true,
                     *       "venue": {
                     *         "name": "神农公园",
                     *         "address": "株洲市天元区",
                     *         "latitude": 1,
                     *         "longitude": 1,
                     *         "radiusMeters": 1
                     *       },
                     *       "checkInMethods": [
                     *         "qr"
                     *       ],
                     *       "report": {
                     *         "residentVisits": 1,
                     *         "summary": "text",
                     *         "reportedAt": "2026-07-10T09:00:00+08:00",
                     *         "reportedBy": "text",
                     *         "reports": 1
                     *       },
                     *       "roster": [
                     *         {
                     *           "sessionId": "text",
                     *           "volunteerId": "text",
                     *           "volunteerName": "text",
                     *           "state": "open",
                     *           "checkedInAt": "2026-07-10T09:00:00+08:00",
                     *           "checkedOutAt": "2026-07-10T09:00:00+08:00",
                     *           "minutes": 1,
                     *           "missedCheckOut": true
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ActivityWithRosterResponse"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `MIN_POSITION_AHEAD`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `ACTIVITY_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than the route allows. Codes: `PATH_PARAMETER_TOO_LONG`. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`, `TOO_MANY_WAITING_READS`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`, `READ_MODEL_BEHIND`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    HealthHttpController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok",
                     *       "info": {
                     *         "store": {
                     *           "status": "up",
                     *           "position": 17
                     *         }
                     *       },
                     *       "error": {
                     *         "store": {
                     *           "status": "up",
                     *           "position": 17
                     *         }
                     *       },
                     *       "details": {
                     *         "store": {
                     *           "status": "up",
                     *           "position": 17
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["HealthCheckDto"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    HealthHttpController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready (`ok`), or serving while lagging (`degraded`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok",
                     *       "info": {
                     *         "store": {
                     *           "status": "up",
                     *           "position": 17
                     *         }
                     *       },
                     *       "error": {
                     *         "store": {
                     *           "status": "up",
                     *           "position": 17
                     *         }
                     *       },
                     *       "details": {
                     *         "store": {
                     *           "status": "up",
                     *           "position": 17
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["HealthCheckDto"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store does not answer */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthCheckDto"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    HealthHttpController_summary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok",
                     *       "info": {
                     *         "store": {
                     *           "status": "up",
                     *           "position": 17
                     *         }
                     *       },
                     *       "error": {
                     *         "store": {
                     *           "status": "up",
                     *           "position": 17
                     *         }
                     *       },
                     *       "details": {
                     *         "store": {
                     *           "status": "up",
                     *           "position": 17
                     *         }
                     *       },
                     *       "storePosition": 17,
                     *       "readModelPosition": 17
                     *     }
                     */
                    "application/json": components["schemas"]["HealthSummaryDto"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store does not answer */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthSummaryDto"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    SessionHttpController_session: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "signedIn": true,
                     *       "methods": [
                     *         "development"
                     *       ],
                     *       "csrfToken": "text",
                     *       "actor": {
                     *         "sub": "volunteer:v1",
                     *         "roles": [
                     *           "volunteer"
                     *         ],
                     *         "org": "lianhua",
                     *         "volunteerId": "v1",
                     *         "schoolId": "no2"
                     *       },
                     *       "displayName": "张小青",
                     *       "method": "development",
                     *       "expiresAt": "2026-07-10T09:00:00+08:00"
                     *     }
                     */
                    "application/json": components["schemas"]["SessionAnswer"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    SessionHttpController_signOut: {
        parameters: {
            query?: never;
            header: {
                /** @description The csrfToken of GET /api/v1/session */
                "X-CSRF-Token": string;
                /** @description Accepted and ignored: this route is never replayed from a stored answer */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["SignOutRequest"];
            };
        };
        responses: {
            /** @description Signed out (also when no session was open) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `INVALID_IDEMPOTENCY_KEY`, `BODY_TOO_DEEP`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_NOT_YET_VALID`, `CLAIMS_INVALID`, `SESSION_INVALID`, `SESSION_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles or organisation scope do not allow this. Codes: `NO_ACCESS_RULE`, `ROLE_NOT_ALLOWED`, `NOT_IN_SCOPE`, `FORBIDDEN`, `READ_ONLY_ROLE`, `CSRF_TOKEN_INVALID`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A conflict: the id is taken, the state changed concurrently, or the honour is already held. Codes: `CONCURRENCY_CONFLICT`, `DUPLICATE_EVENT`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KiB. Codes: `BODY_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A ledger rule refuses the request (the problem’s `code` names it). Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `KEY_SET_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    DevelopmentSignInHttpController_list: {
        parameters: {
            query?: {
                /** @description Part of a sub or an organisation's name, or a volunteer's exact full name, e.g. 莲花 or v1 */
                q?: string;
                /** @description Page size; without it, the first 1000 people in one answer */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "sub": "volunteer:v1",
                     *           "displayName": "张小青",
                     *           "roles": [
                     *             "volunteer"
                     *           ],
                     *           "org": "lianhua",
                     *           "organizationName": "莲花社区",
                     *           "volunteerId": "v1",
                     *           "schoolId": "no2"
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["DevelopmentPeopleAnswer"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `DEVELOPMENT_SIGN_IN_DISABLED`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    DevelopmentSignInHttpController_signIn: {
        parameters: {
            query?: never;
            header?: {
                /** @description Accepted and ignored: this route is never replayed from a stored answer */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "sub": "volunteer:v1"
                 *     }
                 */
                "application/json": components["schemas"]["DevelopmentSignInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "signedIn": true,
                     *       "methods": [
                     *         "development"
                     *       ],
                     *       "csrfToken": "text",
                     *       "actor": {
                     *         "sub": "volunteer:v1",
                     *         "roles": [
                     *           "volunteer"
                     *         ],
                     *         "org": "lianhua",
                     *         "volunteerId": "v1",
                     *         "schoolId": "no2"
                     *       },
                     *       "displayName": "张小青",
                     *       "method": "development",
                     *       "expiresAt": "2026-07-10T09:00:00+08:00"
                     *     }
                     */
                    "application/json": components["schemas"]["SessionAnswer"];
                };
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `INVALID_IDEMPOTENCY_KEY`, `BODY_TOO_DEEP`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `DEVELOPMENT_SIGN_IN_DISABLED`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A conflict: the id is taken, the state changed concurrently, or the honour is already held. Codes: `CONCURRENCY_CONFLICT`, `DUPLICATE_EVENT`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KiB. Codes: `BODY_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A ledger rule refuses the request (the problem’s `code` names it). Codes: `IDEMPOTENCY_KEY_REUSED`, `UNKNOWN_PERSON`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OidcSignInHttpController_login: {
        parameters: {
            query?: {
                /** @description A path on this site to land on afterwards */
                returnTo?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the identity provider; sets the short-lived vl_login cookie */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `RETURN_TO_INVALID`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `OIDC_NOT_CONFIGURED`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `IDENTITY_PROVIDER_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OidcSignInHttpController_callback: {
        parameters: {
            query?: {
                error?: unknown;
                iss?: unknown;
                state?: unknown;
                code?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed in: to returnTo */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed (a field, a query parameter or the Idempotency-Key header). Codes: `VALIDATION_FAILED`, `MALFORMED_REQUEST`, `MALFORMED_URL`, `LOGIN_REQUEST_UNKNOWN`, `SIGN_IN_FAILED`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Codes: `CLAIMS_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record (or route) does not exist. Codes: `ROUTE_NOT_FOUND`, `OIDC_NOT_CONFIGURED`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. Codes: `METHOD_NOT_ALLOWED`. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable, or the read model has not reached `minPosition` in time. Codes: `STORE_UNAVAILABLE`, `IDENTITY_PROVIDER_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem detail naming the field or rule at fault */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
}
