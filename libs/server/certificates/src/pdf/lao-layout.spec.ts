import { laoForLayout } from './lao-layout';

describe('Lao as fontkit is handed it', () => {
  it('splits SARA AM and puts its NIKHAHIT before the tone mark, as HarfBuzz does', () => {
    expect(laoForLayout('ນ້ຳ')).toBe('ນ\u0ECD\u0EC9\u0EB2');
    expect(laoForLayout('ກ່ຳ')).toBe('ກ\u0ECD\u0EC8\u0EB2');
    expect(laoForLayout('ສຳເລັດ')).toBe('ສ\u0ECD\u0EB2ເລັດ');
  });

  it('leaves text without SARA AM as it is', () => {
    for (const text of ['ເຫຼົ້າ', 'ພະນັກງານ', 'ໃບຢັ້ງຢືນ', 'ICT 2025']) expect(laoForLayout(text)).toBe(text);
  });
});
