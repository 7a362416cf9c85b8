package org.secplan.synth;

import java.util.List;
import java.util.Random;

/**
 * The vocabulary synthetic plans are written in: a fictional utility's places, assets, threats and controls. No
 * phrase here looks like an entity identifier (a prefix, a hyphen and digits), so generated text never quotes
 * one; a few phrases carry quotes, apostrophes and non-ASCII letters so that escaping is exercised.
 */
final class Words {

    static final List<String> PLACES = List.of("Ashford", "Bramley", "Calder Vale", "Dunmore", "Elmstead",
            "Fairholme", "Greywater", "Hollow Hill", "Ivybridge", "Juniper Cross", "Kestrel Park", "Larchmont",
            "Millbrook", "Northgate", "Oakhurst", "Penrose", "Queensmead", "Ravensworth", "Saltmarsh", "Thornbury",
            "Upper Weald", "Valemount", "Westerleigh", "Yarrowby", "Zennor", "Ærøby", "Château Brook", "O'Malley Quay",
            "St. Brigid's", "Königsfeld");

    static final List<String> SITE_KINDS = List.of("treatment works", "pumping station", "service reservoir",
            "operations depot", "regional office", "laboratory", "data centre", "control room", "stores warehouse",
            "booster station");

    static final List<String> TANGIBLE = List.of("raw-water intake pumps", "chlorine dosing skid",
            "perimeter fence and gates", "CCTV and intruder detection system", "standby generator",
            "telemetry outstation", "operator workstations", "server room", "chemical delivery bay",
            "filter gallery", "control panel", "fleet vehicles", "radio mast", "sample fridges", "access card readers",
            "uninterruptible power supply", "valve house", "fuel store", "key safe", "network switches");

    static final List<String> INTANGIBLE = List.of("customer account records", "SCADA configuration backups",
            "network diagrams", "employee vetting files", "water quality results", "contract register",
            "incident reports", "security risk register", "asset maintenance history", "payroll data",
            "laboratory methods", "emergency call-out lists", "site access logs", "supplier bank details",
            "board papers");

    static final List<String> AREAS = List.of("operations", "customer services", "finance", "human resources",
            "information technology", "laboratory services", "asset management", "procurement", "legal",
            "communications");

    static final List<String> THREATS = List.of("Ransomware encrypts", "An insider tampers with",
            "Intruders damage", "Thieves steal", "Flooding disables", "A supplier's breach exposes",
            "Protesters occupy the area around", "Unauthorised remote access reaches", "Fire destroys",
            "Phishing leads to theft of", "A disgruntled contractor sabotages", "Loss of power stops",
            "Hostile reconnaissance maps", "Accidental deletion wipes", "Vandals disable");

    static final List<String> SOURCE_KINDS_ADVERSARIAL = List.of("Organised criminal groups",
            "State-sponsored cyber actors", "Activist groups", "Malicious insiders", "Opportunistic thieves",
            "Vandals", "Fraudsters");

    static final List<String> SOURCE_KINDS_OTHER = List.of("Severe weather", "River flooding",
            "Human error by operators", "Failure of a critical supplier", "Ageing infrastructure",
            "Power grid instability", "Pandemic absence");

    static final List<String> WEAKNESSES = List.of("Unpatched operating system on", "Shared passwords on",
            "Low fence line at", "No tamper alarm on", "Single point of failure in", "Unencrypted link to",
            "Weak visitor control at", "Obsolete firmware in", "Blind spot in camera cover of",
            "Paper records left unlocked near");

    static final List<String> FIRST = List.of("Amara", "Ben", "Chen", "Dara", "Elif", "Femi", "Greta", "Hiro",
            "Ines", "Jonas", "Kofi", "Lena", "Mateo", "Nadia", "Owen", "Priya", "Quinn", "Rosa", "Sven", "Tariq",
            "Una", "Viktor", "Wen", "Yusuf", "Zoë", "José", "Siobhán");

    static final List<String> LAST = List.of("Adeyemi", "Brennan", "Castillo", "Dubois", "Eriksen", "Fischer",
            "Gallagher", "Haddad", "Ito", "Jovanović", "Kowalski", "Lindqvist", "Mensah", "Nakamura", "O'Neill",
            "Petrov", "Quispe", "Rahman", "Santos", "Thompson", "Ueda", "Varga", "Walsh", "Yilmaz", "Zhou");

    static final List<String> ROLE_KINDS = List.of("Site Security Manager", "Operations Manager",
            "Information Security Analyst", "Facilities Coordinator", "Personnel Security Officer",
            "Network Engineer", "Records Manager", "Duty Control Engineer", "Procurement Lead",
            "Laboratory Manager", "Emergency Planning Officer", "Internal Auditor");

    static final List<String> COMPETENCES = List.of("Security risk assessment", "Protective security governance",
            "Industrial control system security", "Information security management",
            "Physical security and guarding", "Personnel vetting and insider risk", "Emergency and crisis management",
            "Treatment process operation", "Chain of custody for samples", "Data protection practice",
            "Regulatory compliance", "Audit and assurance", "Security monitoring and incident response",
            "Supplier security management", "Board-level risk governance", "Crisis communications");

    static final List<String> PARTY_NAMES = List.of("Water Security Unit", "Drinking Water Inspectorate",
            "Regional Police Service", "Fire and Rescue Service", "National Cyber Security Centre",
            "Environment Agency", "Chemical Supplies Ltd", "Guarding Services Ltd", "Telemetry Systems plc",
            "Neighbouring Water Company", "Health Protection Team", "Local Resilience Forum",
            "Managed Security Provider", "Cloud Hosting Provider", "Data Protection Regulator");

    static final List<String> CHANNELS = List.of("Telephone cascade then secure email", "Secure portal",
            "Monthly meeting with minutes", "Encrypted messaging group", "Briefing at the shift handover",
            "Intranet notice", "Letter and follow-up call");

    static final List<String> METHODS = List.of("Document review and interviews with sampled evidence",
            "Walk-through at the site with a checklist", "Technical test by the assurance team",
            "Red-team exercise", "Sample of records checked against the procedure", "Live alarm test");

    static final List<String> INDICATORS = List.of("Exceptions closed within ten working days",
            "Alarms answered within five minutes", "Share of staff trained in the last year",
            "Patches applied within the agreed window", "Access reviews completed on time",
            "Incidents reported within one hour");

    private Words() {
    }

    static String pick(Random random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    /** The word list entry for {@code index}, cycling. */
    static String at(List<String> words, int index) {
        return words.get(Math.floorMod(index, words.size()));
    }
}
