import { randomUUID } from 'node:crypto';
import type { QuestionBankView, QuestionInput, QuestionView } from '@lms/contracts';
import { QuestionBanksRepository, versionKey, type BankRecord, type StoredQuestion } from '@lms/server-assessments';
import type { EntityManager } from 'typeorm';

/** Banks and versioned questions in memory: versions are immutable, a new one per edit. */
export class FakeQuestionBanksRepository extends QuestionBanksRepository {
  readonly bankRows = new Map<string, BankRecord & { createdAt: Date }>();
  readonly questionRows: { id: string; bankId: string; currentVersion: number; archived: boolean; versions: QuestionInput[] }[] = [];

  async createBank(bank: { title: string; courseId: string | null; createdBy: string }): Promise<QuestionBankView> {
    const id = randomUUID();
    this.bankRows.set(id, { id, ...bank, createdAt: new Date() });
    return { id, title: bank.title, courseId: bank.courseId, createdBy: bank.createdBy, questionCount: 0, createdAt: new Date().toISOString() };
  }

  async findBank(id: string) {
    const b = this.bankRows.get(id);
    return b ? { id: b.id, title: b.title, courseId: b.courseId, createdBy: b.createdBy } : null;
  }

  async banks(courseIds: string[] | 'all') {
    const items = [...this.bankRows.values()]
      .filter((b) => courseIds === 'all' || b.courseId === null || courseIds.includes(b.courseId))
      .map((b) => ({ id: b.id, title: b.title, courseId: b.courseId, createdBy: b.createdBy, questionCount: this.live(b.id).length, createdAt: b.createdAt.toISOString() }));
    return { items, total: items.length };
  }

  async addQuestions(bankId: string, questions: QuestionInput[]) {
    return questions.map((q) => {
      const id = randomUUID();
      this.questionRows.push({ id, bankId, currentVersion: 1, archived: false, versions: [structuredClone(q)] });
      return id;
    });
  }

  async questions(bankId: string) {
    const items = this.live(bankId).map((r) => this.view(r));
    return { items, total: items.length };
  }

  async findQuestion(id: string) {
    const r = this.questionRows.find((x) => x.id === id && !x.archived);
    return r ? this.view(r) : null;
  }

  async updateQuestion(id: string, question: QuestionInput) {
    const r = this.questionRows.find((x) => x.id === id)!;
    r.versions.push(structuredClone(question));
    return ++r.currentVersion;
  }

  async archiveQuestion(id: string) {
    const r = this.questionRows.find((x) => x.id === id);
    if (r) r.archived = true;
  }

  async candidates(bankId: string, category?: string): Promise<StoredQuestion[]> {
    return this.live(bankId)
      .filter((r) => !category || r.versions[r.currentVersion - 1].category === category || r.versions[r.currentVersion - 1].category?.startsWith(`${category}/`))
      .map((r) => ({ id: r.id, version: r.currentVersion, definition: structuredClone(r.versions[r.currentVersion - 1]) }));
  }

  async versions(refs: { questionId: string; version: number }[]) {
    const found = new Map<string, QuestionInput>();
    for (const ref of refs) {
      const q = this.questionRows.find((r) => r.id === ref.questionId)?.versions[ref.version - 1];
      if (q) found.set(versionKey(ref.questionId, ref.version), structuredClone(q));
    }
    return found;
  }

  async transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return work({ query: async () => [] } as unknown as EntityManager);
  }

  private live(bankId: string) {
    return this.questionRows.filter((r) => r.bankId === bankId && !r.archived);
  }

  private view(r: (typeof this.questionRows)[number]): QuestionView {
    return { ...structuredClone(r.versions[r.currentVersion - 1]), id: r.id, bankId: r.bankId, version: r.currentVersion, updatedAt: new Date().toISOString() };
  }
}
