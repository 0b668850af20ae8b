import { scriptRuns } from './script-runs';

describe('script runs', () => {
  it('set Lao, spaces between Lao words included, apart from everything else', () => {
    expect(scriptRuns('ທ້າວ ສົມພອນ ວົງສະຫວັນ')).toEqual([{ script: 'lao', text: 'ທ້າວ ສົມພອນ ວົງສະຫວັນ' }]);
    expect(scriptRuns('ສະຖາບັນ ICT, ກະຊວງ')).toEqual([
      { script: 'lao', text: 'ສະຖາບັນ' },
      { script: 'latin', text: ' ICT, ' },
      { script: 'lao', text: 'ກະຊວງ' },
    ]);
    expect(scriptRuns('ຄະແນນ 87,5%')).toEqual([
      { script: 'lao', text: 'ຄະແນນ' },
      { script: 'latin', text: ' 87,5%' },
    ]);
  });

  it('keep every character, marks with their consonants', () => {
    for (const text of ['ນ້ຳ ກ້ຳ ເຫຼົ້າ', 'Somphone Vongsavanh', ' (ສົມພອນ) Somphone  ', '', 'ໃບຢັ້ງຢືນ\u200Bນີ້']) {
      expect(scriptRuns(text).map((run) => run.text).join('')).toBe(text);
    }
    expect(scriptRuns('ນ້ຳ')).toHaveLength(1);
    expect(scriptRuns('ໃບຢັ້ງຢືນ\u200Bນີ້')).toEqual([{ script: 'lao', text: 'ໃບຢັ້ງຢືນ\u200Bນີ້' }]);
  });
});
