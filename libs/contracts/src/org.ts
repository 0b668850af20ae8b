export interface LocalizedText {
  lo: string;
  en: string;
}

export type OrgUnitKind = 'ministry' | 'department' | 'division' | 'province' | 'district' | 'institute';

export interface OrgUnitNode {
  id: string;
  code: string;
  name: LocalizedText;
  kind: OrgUnitKind;
  parentId: string | null;
  children: OrgUnitNode[];
}
