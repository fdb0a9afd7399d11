/**
 * The rule a 志愿服务证明 is issued under: the Ministry of Civil Affairs' 2020 measures (民政部令第67号, in
 * force from 1 February 2021), whose principles — true, accurate, complete, free of charge, timely; whoever
 * organises records, whoever records certifies — the ledger follows. Printed on the certificate and given by
 * its public verification, in one line each.
 */
export const CERTIFICATE_RULE = {
  title: '志愿服务记录与证明出具办法（试行）',
  issuer: '民政部',
  year: 2020,
  zh: '本证明依据《志愿服务记录与证明出具办法（试行）》（民政部，2020年）出具。',
  en: 'Issued under the Measures for Volunteer Service Records and Certificates (Trial), Ministry of Civil Affairs, 2020.',
} as const;
