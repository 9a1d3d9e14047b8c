namespace Ferrum.Fhir.Terminology;

/// <summary>Code-system URIs Ferrum reads and writes.</summary>
public static class CodeSystems
{
    /// <summary>LOINC.</summary>
    public const string Loinc = "http://loinc.org";
    /// <summary>SNOMED CT.</summary>
    public const string Snomed = "http://snomed.info/sct";
    /// <summary>ICD-10-CM.</summary>
    public const string Icd10Cm = "http://hl7.org/fhir/sid/icd-10-cm";
    /// <summary>ICD-10 (WHO).</summary>
    public const string Icd10 = "http://hl7.org/fhir/sid/icd-10";
    /// <summary>RxNorm.</summary>
    public const string RxNorm = "http://www.nlm.nih.gov/research/umls/rxnorm";
    /// <summary>UCUM units.</summary>
    public const string Ucum = "http://unitsofmeasure.org";
    /// <summary>Base of Ferrum's canonical URLs; the host is a documentation placeholder and need not resolve.</summary>
    public const string FerrumBase = "http://ferrum.example.org/fhir";
    /// <summary>Ferrum's local code system for questionnaire items and assessment results.</summary>
    public const string FerrumRls = FerrumBase + "/CodeSystem/ferrum-rls";
    /// <summary>Canonical URL of the IRLSSG criteria checklist Questionnaire.</summary>
    public const string CriteriaQuestionnaire = FerrumBase + "/Questionnaire/ferrum-irlssg-criteria";
    /// <summary>Canonical URL of the IRLS item-score Questionnaire.</summary>
    public const string IrlsQuestionnaire = FerrumBase + "/Questionnaire/ferrum-irls";
    /// <summary>Identifier system for the rule-set version an output was produced with.</summary>
    public const string RuleSet = FerrumBase + "/rule-set";
}
