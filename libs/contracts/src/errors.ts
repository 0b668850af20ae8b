/** The one error shape every endpoint answers with (CONTRACT.md, Conventions). */
export interface ApiError {
  statusCode: number;
  error: string;
  message: string;
  details: unknown[];
}

/** One problem with one line of an uploaded file. */
export interface LineError {
  line: number;
  field?: string;
  message: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const MAX_PAGE_SIZE = 100;
