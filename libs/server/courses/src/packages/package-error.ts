/** One problem with a course package, naming the file and, where known, the line. */
export interface PackageProblem {
  file: string;
  line?: number;
  message: string;
}

export class PackageInvalid extends Error {
  constructor(readonly problems: PackageProblem[]) {
    super(problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`).join('; '));
  }
}
