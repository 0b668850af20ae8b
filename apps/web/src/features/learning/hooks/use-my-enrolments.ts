import { useQuery } from '@tanstack/react-query';
import { myEnrolmentsQuery } from '../api/get-my-enrolments';

/** The learner's enrolments (GET /me/enrolments). */
export function useMyEnrolments() {
  return useQuery(myEnrolmentsQuery);
}
