/**
 * The schema of each section's form: a slice of the one person schema (so the form says
 * exactly what the service will say), with the person rules added where a section needs them.
 */
import { z } from 'zod';
import { refineWithPersonIssues } from '../../../../shared/domain/person-rules';
import { personSchema } from '../../../../shared/domain/schemas';

export const identitySchema = personSchema.pick({
  familyName: true,
  givenName: true,
  familyNameKana: true,
  givenNameKana: true,
  birthDate: true,
  sex: true,
  certificateNumber: true,
  supportCategory: true,
});
export type IdentityValues = z.infer<typeof identitySchema>;

export const registrationFormSchema = personSchema
  .pick({ registration: true })
  .superRefine(refineWithPersonIssues);
export type RegistrationValues = z.infer<typeof registrationFormSchema>;

export const authorizationsFormSchema = personSchema
  .pick({ authorizations: true })
  .superRefine(refineWithPersonIssues);
export type AuthorizationsValues = z.infer<typeof authorizationsFormSchema>;

export const consultationFormSchema = personSchema.pick({ consultationOffice: true });
export type ConsultationValues = z.infer<typeof consultationFormSchema>;

export const contactsFormSchema = z.object({
  contacts: personSchema.shape.contacts.unwrap(),
});
export type ContactsValues = z.infer<typeof contactsFormSchema>;

export const careNotesFormSchema = z.object({ careNotes: personSchema.shape.careNotes.unwrap() });
export type CareNotesValues = z.infer<typeof careNotesFormSchema>;
