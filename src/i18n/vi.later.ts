/**
 * Tiếng Việt (Vietnamese, DRAFT): the review, the result, the notes and staff mode. Loaded once the
 * person is answering (src/app/deferred.ts). Same voice as ./vi.core.ts: "quý vị" throughout.
 * Not yet reviewed by a qualified human translator.
 */
import { viInterpreter } from './vi.interpreter';
import type { LaterWords } from './types';
import { viPrograms } from './vi.programs';
import { viCall } from './vi.call';

const selectAll = {
  you: 'Chọn tất cả những câu đúng.',
  they: 'Chọn tất cả những câu đúng.',
};
const yesNo = { yes: { label: 'Có' }, no: { label: 'Không' } };
// ASQ answer options. Translator: use the official NIMH Vietnamese ASQ wording where one exists.
const asqOptions = {
  yes: { label: 'Có' },
  no: { label: 'Không' },
  decline: { label: 'Tôi không muốn trả lời' },
};
const noneOfThese = { label: 'Không có điều nào ở trên' };

export const viLater = {
  screens: {
    respondent: { you: 'Dành cho ai?', they: 'Dành cho ai?' },
    age: { you: 'Về quý vị', they: 'Về người thân của quý vị' },
    danger: { you: 'An toàn ngay lúc này', they: 'An toàn ngay lúc này' },
    substances: { you: 'Sử dụng chất gây nghiện', they: 'Sử dụng chất gây nghiện' },
    frequency: {
      you: 'Quý vị sử dụng thường xuyên thế nào',
      they: 'Người thân của quý vị sử dụng thường xuyên thế nào',
    },
    criteria: {
      you: 'Việc sử dụng ảnh hưởng đến cuộc sống của quý vị ra sao',
      they: 'Việc sử dụng ảnh hưởng đến cuộc sống của người thân quý vị ra sao',
    },
    withdrawal: { you: 'Ngưng hoặc giảm bớt', they: 'Ngưng hoặc giảm bớt' },
    medical: { you: 'Sức khỏe của quý vị', they: 'Sức khỏe của người thân quý vị' },
    asq: {
      you: 'Những câu chúng tôi hỏi mọi người, để quý vị nhận được sự hỗ trợ phù hợp',
      they: 'Những câu chúng tôi hỏi mọi người, để người thân của quý vị nhận được sự hỗ trợ phù hợp',
    },
    'asq-now': {
      you: 'Sự an toàn của quý vị ngay lúc này',
      they: 'Sự an toàn của người thân quý vị ngay lúc này',
    },
    mental: {
      you: 'Sức khỏe tâm thần của quý vị',
      they: 'Sức khỏe tâm thần của người thân quý vị',
    },
    readiness: { you: 'Thay đổi', they: 'Thay đổi' },
    treatment: { you: 'Điều trị trước đây', they: 'Điều trị trước đây' },
    home: { you: 'Nơi quý vị sống', they: 'Nơi người thân của quý vị sống' },
    'home-safety': { you: 'An toàn ở nhà', they: 'An toàn ở nhà' },
    support: { you: 'Hỗ trợ và việc đi lại', they: 'Hỗ trợ và việc đi lại' },
    obligations: {
      you: 'Công việc, việc học và gia đình',
      they: 'Công việc, việc học và gia đình',
    },
    schedule: { you: 'Thời gian tốt nhất cho các buổi', they: 'Thời gian tốt nhất cho các buổi' },
    insurance: { you: 'Bảo hiểm', they: 'Bảo hiểm' },
  },

  questions: {
    'about.age': {
      label: { you: 'Quý vị bao nhiêu tuổi?', they: 'Người thân của quý vị bao nhiêu tuổi?' },
      short: 'Tuổi',
      options: {
        'under-18': { label: 'Dưới 18' },
        '18-64': { label: 'Từ 18 đến 64' },
        '65-plus': { label: '65 trở lên' },
      },
    },
    'safety.emergencyNow': {
      label: {
        you: 'Quý vị, hoặc bất kỳ ai đang ở cùng quý vị, có đang gặp nguy hiểm ngay lúc này không?',
        they: 'Người thân của quý vị, hoặc bất kỳ ai khác, có đang gặp nguy hiểm ngay lúc này không?',
      },
      hint: {
        you: 'Nghĩa là có dấu hiệu quá liều (như thở chậm hoặc không thở, hoặc môi tím tái), co giật, đau ngực, khó thở, hoặc có người không thể đánh thức.',
        they: 'Nghĩa là có dấu hiệu quá liều (như thở chậm hoặc không thở, hoặc môi tím tái), co giật, đau ngực, khó thở, hoặc có người không thể đánh thức.',
      },
      short: 'Nguy hiểm ngay lúc này',
      options: yesNo,
    },
    'use.substances': {
      label: {
        you: 'Trong 12 tháng qua, quý vị đã sử dụng những chất nào sau đây?',
        they: 'Trong 12 tháng qua, người thân của quý vị đã sử dụng những chất nào sau đây?',
      },
      hint: selectAll,
      short: 'Các chất đã sử dụng',
      options: {
        alcohol: { label: 'Rượu bia' },
        opioids: { label: 'Opioid', hint: 'Như heroin, fentanyl hoặc thuốc giảm đau' },
        benzodiazepines: {
          label: 'Benzodiazepine hoặc các thuốc an thần khác',
          hint: 'Như Xanax, Valium, Klonopin, hoặc các loại thuốc khác cho lo âu hay giấc ngủ',
        },
        stimulants: {
          label: 'Chất kích thích',
          hint: 'Như meth (đá), cocaine hoặc thuốc kích thích',
        },
        cannabis: {
          label: 'Cần sa',
          hint: 'Như marijuana, bánh kẹo có cần sa hoặc thuốc lá điện tử có cần sa',
        },
        other: { label: 'Các loại ma túy khác', hint: 'Bất kỳ loại nào không có ở đây' },
        none: noneOfThese,
      },
    },
    'use.frequency': {
      label: {
        you: 'Trong 30 ngày qua, quý vị đã sử dụng bất kỳ chất nào quý vị đã chọn thường xuyên thế nào?',
        they: 'Trong 30 ngày qua, người thân của quý vị đã sử dụng bất kỳ chất nào quý vị đã chọn thường xuyên thế nào?',
      },
      short: 'Mức thường xuyên (30 ngày qua)',
      options: {
        daily: { label: 'Mỗi ngày hoặc gần như mỗi ngày' },
        weekly: { label: 'Ít nhất một lần mỗi tuần, nhưng không phải mỗi ngày' },
        monthly: { label: 'Ít hơn một lần mỗi tuần' },
        'not-recent': { label: 'Không lần nào trong 30 ngày qua' },
      },
    },
    'use.lastUse': {
      label: {
        you: 'Lần cuối quý vị sử dụng là khi nào?',
        they: 'Lần cuối người thân của quý vị sử dụng là khi nào?',
      },
      short: 'Lần sử dụng cuối',
      options: {
        today: { label: 'Trong 24 giờ qua' },
        days: { label: '1 đến 7 ngày trước' },
        weeks: { label: '8 đến 30 ngày trước' },
      },
    },
    'use.criteria': {
      label: {
        you: 'Trong 12 tháng qua, những điều nào sau đây đúng với quý vị?',
        they: 'Trong 12 tháng qua, những điều nào sau đây đúng với người thân của quý vị?',
      },
      hint: {
        you: 'Chọn tất cả những câu đúng. Không tính việc quen thuốc (cần dùng nhiều hơn) hoặc triệu chứng cai của một loại thuốc quý vị dùng đúng theo toa bác sĩ.',
        they: 'Chọn tất cả những câu đúng. Không tính việc quen thuốc (cần dùng nhiều hơn) hoặc triệu chứng cai của một loại thuốc người thân của quý vị dùng đúng theo toa bác sĩ.',
      },
      short: 'Các dấu hiệu trong 12 tháng qua',
      options: {
        'larger-amounts': { label: 'Đã dùng nhiều hơn, hoặc lâu hơn, so với dự định' },
        'cut-down': { label: 'Muốn giảm bớt hoặc ngưng, hoặc đã thử mà không được' },
        'time-spent': {
          label: 'Mất nhiều thời gian để tìm, sử dụng, hoặc hồi phục sau tác dụng',
        },
        craving: { label: 'Có cơn thèm hoặc thôi thúc mạnh muốn sử dụng' },
        'role-failure': {
          label: 'Bị chậm trễ trong công việc, việc học hoặc việc nhà vì sử dụng',
        },
        'social-problems': {
          label: 'Vẫn tiếp tục sử dụng dù điều đó gây ra vấn đề với gia đình hoặc bạn bè',
        },
        'activities-given-up': {
          label: 'Bỏ hoặc giảm bớt các hoạt động quan trọng hay vui thích vì sử dụng',
        },
        'hazardous-use': {
          label: 'Đã sử dụng khi điều đó nguy hiểm cho cơ thể, như trước khi lái xe',
        },
        'physical-psych-problems': {
          label:
            'Vẫn tiếp tục sử dụng dù biết điều đó gây ra hoặc làm nặng thêm một vấn đề sức khỏe thể chất hay tâm thần',
        },
        tolerance: {
          label: 'Cần dùng nhiều hơn để có cùng tác dụng, hoặc cùng một lượng thì tác dụng ít hơn',
        },
        withdrawal: {
          label:
            'Cảm thấy khó chịu khi hết tác dụng (triệu chứng cai), hoặc đã sử dụng để tránh điều đó',
          hint: 'Như run, đổ mồ hôi, khó chịu trong bụng, cảm thấy lo âu hoặc mất ngủ',
        },
        none: noneOfThese,
      },
    },
    'withdrawal.history': {
      label: {
        you: 'Sau khi ngưng hoặc giảm bớt, quý vị đã từng bị điều nào sau đây chưa?',
        they: 'Sau khi ngưng hoặc giảm bớt, người thân của quý vị đã từng bị điều nào sau đây chưa?',
      },
      hint: selectAll,
      short: 'Triệu chứng cai trước đây',
      options: {
        seizures: { label: 'Co giật' },
        dts: {
          label: 'Thấy hoặc nghe những thứ không có thật, hoặc lú lẫn nặng',
          hint: 'Đôi khi được gọi là sảng rượu (DTs)',
        },
        'medical-detox': {
          label: 'Đã cần cai giải độc có y tế',
          hint: 'Được bác sĩ hoặc y tá chăm sóc để ngưng một cách an toàn',
        },
        none: noneOfThese,
      },
    },
    'withdrawal.current': {
      label: {
        you: 'Ngay lúc này, quý vị có dấu hiệu cai không?',
        they: 'Ngay lúc này, người thân của quý vị có dấu hiệu cai không?',
      },
      hint: {
        you: 'Triệu chứng cai là cách cơ thể phản ứng khi một người giảm bớt hoặc ngưng sử dụng.',
        they: 'Triệu chứng cai là cách cơ thể phản ứng khi một người giảm bớt hoặc ngưng sử dụng.',
      },
      short: 'Triệu chứng cai hiện nay',
      options: {
        none: { label: 'Không có dấu hiệu' },
        mild: {
          label: 'Dấu hiệu nhẹ',
          hint: 'Run, đổ mồ hôi, lo âu, buồn nôn, hoặc không ngủ được',
        },
        severe: {
          label: 'Dấu hiệu nặng',
          hint: 'Co giật, thấy hoặc nghe những thứ không có thật, lú lẫn, hoặc không giữ được nước uống (nôn ra)',
        },
      },
    },
    'medical.condition': {
      label: {
        you: 'Quý vị có bệnh về thể chất lâu dài không?',
        they: 'Người thân của quý vị có bệnh về thể chất lâu dài không?',
      },
      hint: {
        you: 'Ví dụ: tiểu đường, bệnh tim, bệnh gan, bệnh phổi hoặc huyết áp cao.',
        they: 'Ví dụ: tiểu đường, bệnh tim, bệnh gan, bệnh phổi hoặc huyết áp cao.',
      },
      short: 'Bệnh lý',
      options: {
        none: { label: 'Không' },
        stable: { label: 'Có, và bệnh được kiểm soát' },
        unstable: {
          label: 'Có, và bệnh không được kiểm soát',
          hint: 'Hoặc bệnh cần được chăm sóc y tế thường xuyên',
        },
      },
    },
    'medical.pregnant': {
      label: {
        you: 'Quý vị có đang mang thai không?',
        they: 'Người thân của quý vị có đang mang thai không?',
      },
      hint: {
        you: 'Nhiều chương trình ưu tiên nhận người đang mang thai trước.',
        they: 'Nhiều chương trình ưu tiên nhận người đang mang thai trước.',
      },
      short: 'Mang thai',
      options: {
        yes: { label: 'Có' },
        no: { label: 'Không' },
        'not-applicable': { label: 'Không áp dụng' },
        'prefer-not': { label: 'Tôi không muốn trả lời' },
      },
    },
    // ASQ item 1 (Ask Suicide-Screening Questions, NIMH). Note to the translator: use the
    // official NIMH Vietnamese translation of the ASQ where one exists, and record here where
    // it was used. NIMH's toolkit has an "ASQ in other languages" page (nimh.nih.gov/asq); whether
    // it holds Vietnamese was not checked. No official text was seen or used: this draft is a
    // faithful translation of the English, NOT an official one.
    'suicide.wishedDead': {
      label: {
        you: 'Trong vài tuần qua, quý vị có từng ước rằng mình đã chết không?',
        they: 'Trong vài tuần qua, người thân của quý vị có nói hoặc cho thấy rằng họ ước mình đã chết không?',
      },
      short: 'Ước mình đã chết (vài tuần qua)',
      options: asqOptions,
    },
    // ASQ item 2. Note to the translator: use the official NIMH Vietnamese ASQ wording where one
    // exists, and say here where it was used. Not an official translation.
    'suicide.betterOff': {
      label: {
        you: 'Trong vài tuần qua, quý vị có cảm thấy rằng quý vị hoặc gia đình quý vị sẽ tốt hơn nếu quý vị chết đi không?',
        they: 'Trong vài tuần qua, người thân của quý vị có nói hoặc cho thấy rằng họ cảm thấy bản thân họ hoặc gia đình họ sẽ tốt hơn nếu họ chết đi không?',
      },
      short: 'Cảm thấy chết đi sẽ tốt hơn (vài tuần qua)',
      options: asqOptions,
    },
    // ASQ item 3. Note to the translator: use the official NIMH Vietnamese ASQ wording where one
    // exists, and say here where it was used. Not an official translation.
    'suicide.thoughts': {
      label: {
        you: 'Trong tuần qua, quý vị có từng có ý nghĩ về việc tự tử không?',
        they: 'Trong tuần qua, người thân của quý vị có nói hoặc cho thấy rằng họ đã có ý nghĩ về việc tự tử không?',
      },
      short: 'Ý nghĩ tự tử (tuần qua)',
      options: asqOptions,
    },
    // ASQ item 4. Note to the translator: use the official NIMH Vietnamese ASQ wording where one
    // exists, and say here where it was used. Not an official translation.
    'suicide.attempt': {
      label: {
        you: 'Quý vị đã bao giờ cố tự tử chưa?',
        they: 'Theo những gì quý vị biết, người thân của quý vị đã bao giờ cố tự tử chưa?',
      },
      short: 'Đã từng cố tự tử',
      options: asqOptions,
    },
    // ASQ item 5 (acuity question). Note to the translator: use the official NIMH Vietnamese ASQ
    // wording where one exists, and say here where it was used. Not an official translation.
    'suicide.now': {
      label: {
        you: 'Ngay lúc này, quý vị có đang có ý nghĩ tự tử không?',
        they: 'Ngay lúc này, người thân của quý vị có đang nói về, hoặc có dấu hiệu muốn, kết thúc cuộc sống của mình không?',
      },
      short: 'Ý nghĩ tự tử ngay lúc này',
      options: asqOptions,
    },
    'mental.symptoms': {
      label: {
        you: 'Gần đây sức khỏe tâm thần của quý vị thế nào?',
        they: 'Gần đây sức khỏe tâm thần của người thân quý vị thế nào?',
      },
      hint: {
        you: 'Ví dụ: cảm thấy rất buồn, lo lắng, bồn chồn, hoặc không giống chính mình.',
        they: 'Ví dụ: người thân của quý vị cảm thấy rất buồn, lo lắng, bồn chồn, hoặc không giống chính họ.',
      },
      short: 'Sức khỏe tâm thần',
      options: {
        none: { label: 'Không có vấn đề' },
        mild: { label: 'Có một số vấn đề, nhưng vẫn đối phó được' },
        interfering: {
          label: 'Có vấn đề khiến việc làm việc, ngủ hoặc sinh hoạt hằng ngày trở nên khó khăn',
        },
        severe: {
          label: 'Vấn đề nặng',
          hint: 'Thấy hoặc nghe những thứ người khác không thấy, không tự lo được nhu cầu cơ bản, hoặc cảm thấy mất kiểm soát',
        },
      },
    },
    'readiness.stage': {
      label: {
        you: 'Quý vị cảm thấy thế nào về việc thay đổi?',
        they: 'Người thân của quý vị cảm thấy thế nào về việc thay đổi?',
      },
      short: 'Sẵn sàng thay đổi',
      options: {
        ready: { label: 'Sẵn sàng thay đổi' },
        unsure: { label: 'Chưa chắc' },
        pressured: {
          label: 'Người khác muốn thay đổi hơn',
          hint: 'Như gia đình, người bạn đời, nơi làm việc hoặc tòa án',
        },
      },
    },
    'history.treatment': {
      label: {
        you: 'Quý vị đã từng được điều trị theo những cách nào sau đây chưa?',
        they: 'Người thân của quý vị đã từng được điều trị theo những cách nào sau đây chưa?',
      },
      hint: selectAll,
      short: 'Điều trị trước đây',
      options: {
        detox: { label: 'Cai giải độc (chăm sóc khi cai)' },
        outpatient: { label: 'Tư vấn ngoại trú' },
        iop: { label: 'Ngoại trú tích cực (IOP)' },
        php: { label: 'Nằm viện bán phần hoặc chương trình ban ngày (PHP)' },
        residential: { label: 'Điều trị nội trú (ở lại trung tâm)' },
        none: noneOfThese,
      },
    },
    'history.relapsedAfter': {
      label: {
        you: 'Sau lần điều trị đó, quý vị có sử dụng lại không?',
        they: 'Sau lần điều trị đó, người thân của quý vị có sử dụng lại không?',
      },
      hint: {
        you: 'Điều này thường gặp trong quá trình hồi phục. Câu trả lời giúp chúng tôi gợi ý sự hỗ trợ phù hợp.',
        they: 'Điều này thường gặp trong quá trình hồi phục. Câu trả lời giúp chúng tôi gợi ý sự hỗ trợ phù hợp.',
      },
      short: 'Sử dụng lại sau điều trị',
      options: yesNo,
    },
    'history.recentDischarge': {
      label: {
        you: 'Quý vị có hoàn tất một chương trình nội trú hoặc PHP trong 30 ngày qua không?',
        they: 'Người thân của quý vị có hoàn tất một chương trình nội trú hoặc PHP trong 30 ngày qua không?',
      },
      short: 'Hoàn tất nội trú hoặc PHP (30 ngày qua)',
      options: yesNo,
    },
    'living.situation': {
      label: {
        you: 'Hiện nay quý vị đang sống ở đâu?',
        they: 'Hiện nay người thân của quý vị đang sống ở đâu?',
      },
      short: 'Hoàn cảnh sống',
      options: {
        stable: { label: 'Nhà riêng hoặc nhà của người trong gia đình' },
        'sober-living': { label: 'Nhà ở không rượu bia, ma túy hoặc nhà ở hồi phục' },
        unstable: {
          label: 'Một chỗ ở tạm thời',
          hint: 'Như ngủ nhờ nhà người khác hoặc ở tạm với bạn bè',
        },
        homeless: {
          label: 'Không có chỗ ở',
          hint: 'Như sống ngoài đường, trong xe hoặc ở nơi tạm trú',
        },
      },
    },
    'living.othersUse': {
      label: {
        you: 'Có ai sống cùng quý vị uống rượu hoặc sử dụng ma túy nhiều không?',
        they: 'Có ai sống cùng người thân của quý vị uống rượu hoặc sử dụng ma túy nhiều không?',
      },
      short: 'Có người ở nhà sử dụng nhiều',
      options: yesNo,
    },
    'living.safe': {
      label: {
        you: 'Quý vị có cảm thấy an toàn nơi mình sống không?',
        they: 'Người thân của quý vị có cảm thấy an toàn nơi họ sống không?',
      },
      hint: {
        you: 'An toàn nghĩa là không ai ở đó làm hại hoặc đe dọa quý vị.',
        they: 'An toàn nghĩa là không ai ở đó làm hại hoặc đe dọa người thân của quý vị.',
      },
      short: 'Cảm thấy an toàn ở nhà',
      options: yesNo,
    },
    'living.support': {
      label: {
        you: 'Trong cuộc sống, quý vị có những người ủng hộ quá trình hồi phục của quý vị không?',
        they: 'Trong cuộc sống, người thân của quý vị có những người ủng hộ quá trình hồi phục của họ không?',
      },
      short: 'Hỗ trợ cho việc hồi phục',
      options: {
        strong: { label: 'Có, được hỗ trợ nhiều' },
        some: { label: 'Có một chút hỗ trợ' },
        none: { label: 'Hiện không có ai hỗ trợ' },
      },
    },
    'living.transport': {
      label: {
        you: 'Quý vị có cách đi lại đáng tin cậy để đến các buổi hẹn vài lần mỗi tuần không?',
        they: 'Người thân của quý vị có cách đi lại đáng tin cậy để đến các buổi hẹn vài lần mỗi tuần không?',
      },
      short: 'Có cách đi đến nơi chăm sóc',
      options: yesNo,
    },
    'obligations.roles': {
      label: {
        you: 'Những điều nào sau đây là một phần cuộc sống của quý vị hiện nay?',
        they: 'Những điều nào sau đây là một phần cuộc sống của người thân quý vị hiện nay?',
      },
      hint: selectAll,
      short: 'Công việc, việc học và chăm sóc người khác',
      options: {
        'work-full': { label: 'Làm việc toàn thời gian' },
        'work-part': { label: 'Làm việc bán thời gian' },
        school: { label: 'Đi học hoặc học lớp' },
        children: { label: 'Chăm sóc con cái' },
        caregiver: {
          label: 'Chăm sóc một người khác',
          hint: 'Như cha mẹ lớn tuổi hoặc một người trong gia đình bị bệnh',
        },
        none: noneOfThese,
      },
    },
    'obligations.canStepAway': {
      label: {
        you: 'Quý vị có thể tạm rời cuộc sống hằng ngày để điều trị không?',
        they: 'Người thân của quý vị có thể tạm rời cuộc sống hằng ngày để điều trị không?',
      },
      short: 'Thời gian rời đi để điều trị',
      options: {
        yes: { label: 'Có, có thể ở lại một chương trình trong vài tuần' },
        daytime: {
          label:
            'Có thể đến chương trình cả ngày vào các ngày trong tuần, nhưng không ở lại qua đêm',
        },
        no: {
          label:
            'Không, việc điều trị phải sắp xếp quanh công việc, việc học hoặc việc chăm sóc người khác',
        },
        unsure: { label: 'Không chắc' },
      },
    },
    'obligations.schedule': {
      label: {
        you: 'Nếu quý vị tham gia các buổi điều trị, thời gian nào trong ngày là tốt nhất?',
        they: 'Nếu người thân của quý vị tham gia các buổi điều trị, thời gian nào trong ngày là tốt nhất?',
      },
      short: 'Thời gian tốt nhất cho các buổi',
      options: {
        morning: { label: 'Buổi sáng', hint: 'Khoảng 9 giờ sáng đến 12 giờ trưa' },
        afternoon: { label: 'Buổi chiều', hint: 'Khoảng 1 đến 4 giờ chiều' },
        evening: { label: 'Buổi tối', hint: 'Khoảng 6 đến 9 giờ tối' },
        any: { label: 'Lúc nào cũng được' },
      },
    },
    'insurance.type': {
      label: {
        you: 'Quý vị có loại bảo hiểm sức khỏe nào?',
        they: 'Người thân của quý vị có loại bảo hiểm sức khỏe nào?',
      },
      hint: {
        you: 'Các trung tâm điều trị có thể kiểm tra bảo hiểm của quý vị miễn phí.',
        they: 'Các trung tâm điều trị có thể kiểm tra bảo hiểm của người thân quý vị miễn phí.',
      },
      short: 'Bảo hiểm',
      options: {
        commercial: {
          label: 'Bảo hiểm tư nhân',
          hint: 'Qua nơi làm việc, qua Thị trường Bảo hiểm (Marketplace), hoặc tự mua',
        },
        medicaid: {
          label: 'Medicaid',
          hint: 'Bảo hiểm sức khỏe miễn phí hoặc chi phí thấp của tiểu bang',
        },
        medicare: {
          label: 'Medicare',
          hint: 'Bảo hiểm liên bang cho người từ 65 tuổi trở lên, hoặc có một số khuyết tật',
        },
        none: { label: 'Không có bảo hiểm' },
        unsure: { label: 'Không chắc' },
      },
    },
  },

  review: {
    heading: 'Kiểm tra các câu trả lời của quý vị',
    intro:
      'Hãy xem lại các câu trả lời. Quý vị có thể thay đổi bất kỳ câu nào trước khi xem kết quả.',
    submit: 'Xem kết quả',
    changeHidden: 'câu trả lời của quý vị cho {question}',
  },

  levels: {
    residential: {
      name: 'Điều trị nội trú',
      inSentence: 'điều trị nội trú',
      summary:
        'Sống tại một trung tâm điều trị trong một thời gian, có nhân viên ở đó cả ngày lẫn đêm để hỗ trợ, tạo nếp sinh hoạt và chăm sóc.',
      week: [
        'Sống tại trung tâm, được hỗ trợ 24 giờ mỗi ngày',
        'Mỗi ngày có lịch cố định: tư vấn nhóm và tư vấn riêng, các lớp học và nghỉ ngơi',
        'Thời gian ở thường từ 30 đến 90 ngày',
      ],
    },
    php: {
      name: 'Nằm viện bán phần (PHP)',
      inSentence: 'nằm viện bán phần (PHP)',
      summary: 'Chương trình điều trị cả ngày vào hầu hết các ngày trong tuần, buổi tối về nhà.',
      week: [
        '5 đến 7 ngày mỗi tuần, khoảng 6 giờ mỗi ngày',
        'Từ 20 giờ điều trị trở lên mỗi tuần',
        'Về nhà mỗi tối',
      ],
    },
    iop: {
      name: 'Ngoại trú tích cực (IOP)',
      inSentence: 'ngoại trú tích cực (IOP)',
      summary:
        'Vài giờ điều trị vào một số ngày trong tuần, trong khi vẫn sống ở nhà và tiếp tục đi làm hoặc đi học.',
      week: [
        '3 đến 5 ngày mỗi tuần, khoảng 3 giờ mỗi lần (9 đến 19 giờ mỗi tuần)',
        'Sống ở nhà và tiếp tục đi làm hoặc đi học',
      ],
      weekTimes: 'Các buổi sáng (9 đến 12 giờ), chiều (1 đến 4 giờ) hoặc tối (6 đến 9 giờ)',
    },
    outpatient: {
      name: 'Tư vấn ngoại trú',
      inSentence: 'tư vấn ngoại trú',
      summary: 'Tư vấn đều đặn, riêng hoặc theo nhóm, sắp xếp phù hợp với cuộc sống hằng ngày.',
      week: ['1 hoặc 2 buổi mỗi tuần', 'Tổng cộng dưới 9 giờ mỗi tuần', 'Sống ở nhà'],
    },
    'early-intervention': {
      name: 'Can thiệp sớm',
      inSentence: 'can thiệp sớm',
      summary:
        'Tìm hiểu về việc sử dụng chất gây nghiện và các rủi ro, với vài buổi tư vấn ngắn, để ngăn vấn đề trước khi lớn hơn.',
      week: [
        'Tìm hiểu rượu bia và ma túy ảnh hưởng đến sức khỏe ra sao',
        'Vài buổi tư vấn ngắn',
        'Những lần hỏi thăm để xem mọi việc thế nào',
      ],
    },
  },

  result: {
    heading: {
      you: 'Sự chăm sóc có thể phù hợp với quý vị',
      they: 'Sự chăm sóc có thể phù hợp với người thân của quý vị',
      staff: 'Sự chăm sóc có thể phù hợp với người này',
    },
    oftenCalled: 'Thường được gọi là ASAM Cấp {asam}',
    whyHeading: 'Vì sao chúng tôi gợi ý điều này',
    weekHeading: 'Một tuần sẽ như thế nào',
    alternativeHeading: 'Một lựa chọn khác nên hỏi',
    alternativeBody: {
      you: 'Nếu {level} hiện khó khăn với quý vị, quý vị có thể hỏi về {alternative}.',
      they: 'Nếu {level} hiện khó khăn với người thân của quý vị, quý vị có thể hỏi về {alternative}.',
      staff: 'Nếu {level} hiện khó khăn với người này, có thể bàn về {alternative}.',
    },
    withdrawalHeading: 'Triệu chứng cai và cai giải độc',
    withdrawal: {
      none: {
        you: 'Các câu trả lời không cho thấy quý vị cần chăm sóc khi cai. Nếu quý vị thấy khó chịu khi giảm bớt, hãy cho đội ngũ chăm sóc biết.',
        they: 'Các câu trả lời không cho thấy người thân của quý vị cần chăm sóc khi cai. Nếu người thân của quý vị thấy khó chịu khi giảm bớt, hãy cho đội ngũ chăm sóc biết.',
        staff:
          'Các câu trả lời không cho thấy cần chăm sóc khi cai. Nếu người này thấy khó chịu khi giảm bớt, đội ngũ chăm sóc cần được biết.',
      },
      monitor: {
        you: 'Có thể có triệu chứng cai. Hãy để ý các dấu hiệu như run, đổ mồ hôi, lo âu, khó chịu trong bụng hoặc khó ngủ, và cho đội ngũ chăm sóc của quý vị biết.',
        they: 'Người thân của quý vị có thể có triệu chứng cai. Hãy để ý các dấu hiệu như run, đổ mồ hôi, lo âu, khó chịu trong bụng hoặc khó ngủ, và cho đội ngũ chăm sóc biết.',
        staff:
          'Có thể có triệu chứng cai. Các dấu hiệu cần để ý: run, đổ mồ hôi, lo âu, khó chịu trong bụng hoặc khó ngủ. Đội ngũ chăm sóc cần được biết về các dấu hiệu này.',
      },
      ambulatory: {
        you: 'Lúc đầu có thể cần cai giải độc có bác sĩ theo dõi. Bác sĩ hoặc y tá có thể giúp quý vị ngưng một cách an toàn, thường không cần ở lại qua đêm.',
        they: 'Lúc đầu người thân của quý vị có thể cần cai giải độc có bác sĩ theo dõi. Bác sĩ hoặc y tá có thể giúp người thân của quý vị ngưng một cách an toàn, thường không cần ở lại qua đêm.',
        staff:
          'Lúc đầu có thể cần cai giải độc có bác sĩ theo dõi. Bác sĩ hoặc y tá có thể giúp người này ngưng một cách an toàn, thường không cần ở lại qua đêm.',
      },
      inpatient: {
        you: 'Ngưng có thể nguy hiểm. Chăm sóc khi cai có theo dõi y tế, tại một cơ sở có nhân viên cả ngày lẫn đêm, là cách an toàn nhất để bắt đầu. Xin đừng tự ngưng đột ngột.',
        they: 'Ngưng có thể nguy hiểm cho người thân của quý vị. Chăm sóc khi cai có theo dõi y tế, tại một cơ sở có nhân viên cả ngày lẫn đêm, là cách an toàn nhất để bắt đầu. Người thân của quý vị không nên tự ngưng đột ngột.',
        staff:
          'Ngưng có thể nguy hiểm cho người này. Chăm sóc khi cai có theo dõi y tế, tại một cơ sở có nhân viên cả ngày lẫn đêm, là cách an toàn nhất để bắt đầu. Người này không nên ngưng đột ngột khi không có trợ giúp y tế.',
      },
    },
    urgency: {
      today: {
        title: 'Hãy gọi hôm nay',
        body: {
          you: 'Xin hãy gọi ngay hôm nay. Các câu trả lời cho thấy tốt nhất là không nên chờ. Quý vị không cần phải biết rõ mọi điều trước.',
          they: 'Xin hãy gọi ngay hôm nay. Các câu trả lời cho thấy tốt nhất là người thân của quý vị không nên chờ. Quý vị có thể gọi thay cho người thân, hoặc gọi cùng với họ.',
        },
      },
      soon: {
        title: 'Hãy gọi sớm',
        body: {
          you: 'Hãy cố gắng gọi trong vài ngày tới. Quý vị gọi càng sớm, càng sớm được hỗ trợ.',
          they: 'Hãy cố gắng gọi trong vài ngày tới. Quý vị gọi càng sớm, người thân của quý vị càng sớm được hỗ trợ.',
        },
      },
    },
    callHeading: 'Nói chuyện với một người',
    callBody:
      'Gọi {center} số {phone} để được đánh giá miễn phí và bảo mật. Một chuyên viên lâm sàng sẽ giúp quyết định sự chăm sóc nào là phù hợp.',
    sharedWithPartner:
      '{partner} đã được cho biết loại chăm sóc nào được gợi ý, không bao giờ là các câu trả lời của quý vị.',
    notesHeading: 'Điều nên biết',
    safetyHeading: {
      you: 'Để giữ an toàn',
      they: 'Để giữ an toàn cho người thân của quý vị',
      staff: 'An toàn',
    },
    scheduleAsk: {
      you: 'Hãy hỏi giờ sinh hoạt phù hợp nhất với quý vị.',
      they: 'Hãy hỏi giờ sinh hoạt phù hợp nhất với người thân của quý vị.',
      staff: 'Hãy hỏi giờ sinh hoạt nào phù hợp nhất với người này.',
    },
    notDiagnosis: {
      you: 'Đây không phải là chẩn đoán. Kết quả chỉ dựa trên các câu trả lời của quý vị. Chuyên viên lâm sàng sẽ quyết định cuối cùng về việc chăm sóc.',
      they: 'Đây không phải là chẩn đoán. Kết quả chỉ dựa trên các câu trả lời của quý vị. Chuyên viên lâm sàng sẽ quyết định cuối cùng về việc chăm sóc.',
      staff:
        'Đây không phải là chẩn đoán. Kết quả chỉ dựa trên các câu trả lời trong cuộc gọi. Chuyên viên lâm sàng sẽ quyết định cuối cùng về việc chăm sóc.',
    },
    printHint: 'Hãy in hoặc lưu trang này, để có sẵn khi quý vị gọi.',
    crisisResourcesTitle: 'Hãy nói chuyện với một người hôm nay: gọi hoặc nhắn tin đến 988',
    urgentPrefix: 'Lời khuyên khẩn cấp: ',
    scheduleChosen: {
      you: 'Quý vị đã chọn: {time}.',
      they: 'Quý vị đã chọn: {time}.',
      staff: 'Thời gian mong muốn: {time}.',
    },
    medicaidFallback: 'Medicaid',
  },

  reasons: {
    // Emergency (Step 0)
    'emergency-danger-now': {
      you: 'Quý vị cho biết có người đang gặp nguy hiểm ngay lúc này, như dấu hiệu quá liều, co giật, đau ngực, khó thở hoặc không thể đánh thức.',
      they: 'Quý vị cho biết người thân của quý vị hoặc một người khác đang gặp nguy hiểm ngay lúc này, như dấu hiệu quá liều, co giật, đau ngực, khó thở hoặc không thể đánh thức.',
      staff:
        'Người gọi cho biết có người đang gặp nguy hiểm ngay lúc này, như dấu hiệu quá liều, co giật, đau ngực, khó thở hoặc không thể đánh thức.',
    },
    'emergency-suicide-now': {
      you: 'Quý vị cho biết quý vị đang có ý nghĩ tự tử ngay lúc này, hoặc quý vị đã chọn không trả lời.',
      they: 'Quý vị cho biết người thân của quý vị đang nói về, hoặc có dấu hiệu muốn, kết thúc cuộc sống của mình ngay lúc này, hoặc quý vị đã chọn không trả lời.',
      staff:
        'Các câu trả lời cho thấy người này đang có ý nghĩ kết thúc cuộc sống ngay lúc này, hoặc người gọi đã chọn không trả lời.',
    },
    'emergency-severe-withdrawal': {
      you: 'Quý vị cho biết quý vị có dấu hiệu cai nặng, như co giật, thấy hoặc nghe những thứ không có thật, lú lẫn hoặc không giữ được nước uống. Điều này cần trợ giúp y tế ngay.',
      they: 'Quý vị cho biết người thân của quý vị có dấu hiệu cai nặng, như co giật, thấy hoặc nghe những thứ không có thật, lú lẫn hoặc không giữ được nước uống. Điều này cần trợ giúp y tế ngay.',
      staff:
        'Người này có dấu hiệu cai nặng, như co giật, thấy hoặc nghe những thứ không có thật, lú lẫn hoặc không giữ được nước uống. Điều này cần trợ giúp y tế ngay.',
    },

    // Base level (Step 3)
    'no-substance-use': {
      you: 'Quý vị cho biết quý vị không sử dụng rượu bia hay ma túy trong 12 tháng qua.',
      they: 'Quý vị cho biết người thân của quý vị không sử dụng rượu bia hay ma túy trong 12 tháng qua.',
      staff: 'Người này không sử dụng rượu bia hay ma túy trong 12 tháng qua.',
    },
    'few-signs-of-use-disorder': {
      you: 'Quý vị đã chọn không quá một dấu hiệu của vấn đề sử dụng chất gây nghiện. Riêng điều đó cho thấy nên tìm hiểu thêm và có vài buổi nói chuyện ngắn với một cố vấn.',
      they: 'Quý vị đã chọn không quá một dấu hiệu của vấn đề sử dụng chất gây nghiện cho người thân của quý vị. Riêng điều đó cho thấy nên tìm hiểu thêm và có vài buổi nói chuyện ngắn với một cố vấn.',
      staff:
        'Các câu trả lời cho thấy không quá một dấu hiệu của vấn đề sử dụng chất gây nghiện. Riêng điều đó cho thấy nên tìm hiểu thêm và có vài buổi nói chuyện ngắn với một cố vấn.',
    },
    'not-using-past-month': {
      you: 'Quý vị cho biết quý vị không sử dụng trong 30 ngày qua. Tư vấn đều đặn có thể giúp quý vị tiếp tục như vậy.',
      they: 'Quý vị cho biết người thân của quý vị không sử dụng trong 30 ngày qua. Tư vấn đều đặn có thể giúp người thân của quý vị tiếp tục như vậy.',
      staff:
        'Người này không sử dụng trong 30 ngày qua. Tư vấn đều đặn có thể giúp họ tiếp tục như vậy.',
    },
    'mild-use-disorder': {
      you: 'Quý vị đã chọn 2 hoặc 3 dấu hiệu của vấn đề sử dụng chất gây nghiện. Riêng điều đó thường phù hợp với tư vấn một hoặc hai lần mỗi tuần.',
      they: 'Quý vị đã chọn 2 hoặc 3 dấu hiệu của vấn đề sử dụng chất gây nghiện cho người thân của quý vị. Riêng điều đó thường phù hợp với tư vấn một hoặc hai lần mỗi tuần.',
      staff:
        'Các câu trả lời cho thấy 2 hoặc 3 dấu hiệu của vấn đề sử dụng chất gây nghiện. Riêng điều đó thường phù hợp với tư vấn một hoặc hai lần mỗi tuần.',
    },
    'moderate-use-disorder': {
      you: 'Quý vị đã chọn 4 hoặc 5 dấu hiệu của vấn đề sử dụng chất gây nghiện. Riêng điều đó thường phù hợp với vài giờ điều trị vào một số ngày trong tuần.',
      they: 'Quý vị đã chọn 4 hoặc 5 dấu hiệu của vấn đề sử dụng chất gây nghiện cho người thân của quý vị. Riêng điều đó thường phù hợp với vài giờ điều trị vào một số ngày trong tuần.',
      staff:
        'Các câu trả lời cho thấy 4 hoặc 5 dấu hiệu của vấn đề sử dụng chất gây nghiện. Riêng điều đó thường phù hợp với vài giờ điều trị vào một số ngày trong tuần.',
    },
    'severe-use-disorder': {
      you: 'Quý vị đã chọn 6 dấu hiệu trở lên của vấn đề sử dụng chất gây nghiện. Riêng điều đó thường phù hợp với chương trình cả ngày vào hầu hết các ngày.',
      they: 'Quý vị đã chọn 6 dấu hiệu trở lên của vấn đề sử dụng chất gây nghiện cho người thân của quý vị. Riêng điều đó thường phù hợp với chương trình cả ngày vào hầu hết các ngày.',
      staff:
        'Các câu trả lời cho thấy 6 dấu hiệu trở lên của vấn đề sử dụng chất gây nghiện. Riêng điều đó thường phù hợp với chương trình cả ngày vào hầu hết các ngày.',
    },

    // Floors (Step 3)
    'withdrawal-can-be-dangerous': {
      you: 'Quý vị uống rượu hoặc dùng thuốc an thần thường xuyên, và các câu trả lời cho thấy việc ngưng có thể gây triệu chứng cai nguy hiểm, như co giật. Ngưng sẽ an toàn nhất khi có chăm sóc y tế 24 giờ.',
      they: 'Người thân của quý vị uống rượu hoặc dùng thuốc an thần thường xuyên, và các câu trả lời cho thấy việc ngưng có thể gây triệu chứng cai nguy hiểm cho người thân của quý vị, như co giật. Ngưng sẽ an toàn nhất khi có chăm sóc y tế 24 giờ.',
      staff:
        'Người này uống rượu hoặc dùng thuốc an thần thường xuyên, và các câu trả lời cho thấy việc ngưng có thể gây triệu chứng cai nguy hiểm, như co giật. Ngưng sẽ an toàn nhất khi có chăm sóc y tế 24 giờ.',
    },
    'medical-needs-care': {
      you: 'Quý vị cho biết quý vị có bệnh không được kiểm soát hoặc cần chăm sóc y tế thường xuyên. Chăm sóc có nhân viên y tế ở gần có thể giúp ích.',
      they: 'Quý vị cho biết người thân của quý vị có bệnh không được kiểm soát hoặc cần chăm sóc y tế thường xuyên. Chăm sóc có nhân viên y tế ở gần có thể giúp ích.',
      staff:
        'Người này có bệnh không được kiểm soát hoặc cần chăm sóc y tế thường xuyên. Chăm sóc có nhân viên y tế ở gần có thể giúp ích.',
    },
    'mental-health-needs-close-care': {
      you: 'Các câu trả lời về sức khỏe tâm thần hoặc ý nghĩ tự tử cho thấy chăm sóc có nhiều hỗ trợ hơn mỗi ngày sẽ giúp giữ an toàn cho quý vị.',
      they: 'Các câu trả lời về sức khỏe tâm thần hoặc ý nghĩ tự tử cho thấy chăm sóc có nhiều hỗ trợ hơn mỗi ngày sẽ giúp giữ an toàn cho người thân của quý vị.',
      staff:
        'Các câu trả lời về sức khỏe tâm thần hoặc ý nghĩ tự tử cho thấy chăm sóc có nhiều hỗ trợ hơn mỗi ngày sẽ giúp giữ an toàn cho người này.',
    },
    'mental-health-needs-support': {
      you: 'Các câu trả lời về cảm nhận của quý vị gần đây cho thấy quý vị có thể cần nhiều hỗ trợ hơn một buổi mỗi tuần.',
      they: 'Các câu trả lời về cảm nhận của người thân quý vị gần đây cho thấy người thân của quý vị có thể cần nhiều hỗ trợ hơn một buổi mỗi tuần.',
      staff:
        'Các câu trả lời về cảm nhận của người này gần đây cho thấy họ có thể cần nhiều hỗ trợ hơn một buổi mỗi tuần.',
    },
    'returned-to-use-after-intensive-care': {
      you: 'Quý vị cho biết quý vị đã sử dụng lại sau khi điều trị tích cực (IOP, PHP hoặc nội trú). Lần này, nhiều giờ hỗ trợ hơn có thể giúp ích.',
      they: 'Quý vị cho biết người thân của quý vị đã sử dụng lại sau khi điều trị tích cực (IOP, PHP hoặc nội trú). Lần này, nhiều giờ hỗ trợ hơn có thể giúp ích.',
      staff:
        'Người này đã sử dụng lại sau khi điều trị tích cực (IOP, PHP hoặc nội trú). Lần này, nhiều giờ hỗ trợ hơn có thể giúp ích.',
    },
    'high-chance-of-continued-use': {
      you: 'Quý vị cho biết quý vị đã sử dụng lại sau khi điều trị, hoặc quý vị sử dụng gần như mỗi ngày và đã chọn nhiều dấu hiệu của vấn đề sử dụng. Thêm hỗ trợ có thể giúp quý vị ngưng hoặc giảm bớt.',
      they: 'Quý vị cho biết người thân của quý vị đã sử dụng lại sau khi điều trị, hoặc người thân của quý vị sử dụng gần như mỗi ngày và quý vị đã chọn nhiều dấu hiệu của vấn đề sử dụng. Thêm hỗ trợ có thể giúp người thân của quý vị ngưng hoặc giảm bớt.',
      staff:
        'Người này đã sử dụng lại sau khi điều trị, hoặc sử dụng gần như mỗi ngày với nhiều dấu hiệu của vấn đề sử dụng. Thêm hỗ trợ có thể giúp họ ngưng hoặc giảm bớt.',
    },
    'no-safe-place-to-live': {
      you: 'Quý vị cho biết quý vị không có chỗ ở ổn định, hoặc không cảm thấy an toàn nơi mình sống.',
      they: 'Quý vị cho biết người thân của quý vị không có chỗ ở ổn định, hoặc không cảm thấy an toàn nơi họ sống.',
      staff: 'Người này không có chỗ ở ổn định, hoặc không cảm thấy an toàn nơi họ sống.',
    },
    'home-makes-recovery-hard': {
      you: 'Quý vị cho biết chỗ ở của quý vị không ổn định, hoặc có người ở nhà uống rượu hay sử dụng nhiều và không ai ủng hộ việc hồi phục của quý vị. Điều đó có thể khiến việc hồi phục tại nhà khó khăn.',
      they: 'Quý vị cho biết chỗ ở của người thân quý vị không ổn định, hoặc có người ở nhà uống rượu hay sử dụng nhiều và không ai ủng hộ việc hồi phục của người thân quý vị. Điều đó có thể khiến việc hồi phục tại nhà khó khăn.',
      staff:
        'Chỗ ở của người này không ổn định, hoặc có người ở nhà uống rượu hay sử dụng nhiều và không ai ủng hộ việc hồi phục của họ. Điều đó có thể khiến việc hồi phục tại nhà khó khăn.',
    },
    'home-needs-more-support': {
      you: 'Quý vị cho biết có người ở nhà uống rượu hay sử dụng nhiều, hoặc quý vị không có những người ủng hộ việc hồi phục của quý vị. Thêm thời gian điều trị có thể bổ sung sự hỗ trợ đó.',
      they: 'Quý vị cho biết có người ở nhà người thân của quý vị uống rượu hay sử dụng nhiều, hoặc người thân của quý vị không có những người ủng hộ việc hồi phục. Thêm thời gian điều trị có thể bổ sung sự hỗ trợ đó.',
      staff:
        'Có người ở nhà người này uống rượu hay sử dụng nhiều, hoặc họ không có những người ủng hộ việc hồi phục. Thêm thời gian điều trị có thể bổ sung sự hỗ trợ đó.',
    },
    'recently-finished-intensive-care': {
      you: 'Quý vị cho biết quý vị đã hoàn tất một chương trình nội trú hoặc PHP trong 30 ngày qua. Tiếp tục chăm sóc sau đó giúp giữ vững tiến bộ của quý vị.',
      they: 'Quý vị cho biết người thân của quý vị đã hoàn tất một chương trình nội trú hoặc PHP trong 30 ngày qua. Tiếp tục chăm sóc sau đó giúp giữ vững tiến bộ của người thân quý vị.',
      staff:
        'Người này đã hoàn tất một chương trình nội trú hoặc PHP trong 30 ngày qua. Tiếp tục chăm sóc sau đó giúp giữ vững tiến bộ của họ.',
    },

    // Withdrawal management (Step 4)
    'withdrawal-inpatient': {
      you: 'Vì triệu chứng cai có thể nguy hiểm, ngưng sẽ an toàn nhất tại một cơ sở có nhân viên y tế cả ngày lẫn đêm.',
      they: 'Vì triệu chứng cai có thể nguy hiểm cho người thân của quý vị, ngưng sẽ an toàn nhất tại một cơ sở có nhân viên y tế cả ngày lẫn đêm.',
      staff:
        'Vì triệu chứng cai có thể nguy hiểm cho người này, ngưng sẽ an toàn nhất tại một cơ sở có nhân viên y tế cả ngày lẫn đêm.',
    },
    'withdrawal-ambulatory': {
      you: 'Các câu trả lời cho thấy quý vị đang có, hoặc có thể sẽ có, triệu chứng cai khi giảm bớt hoặc ngưng. Lúc đầu có thể cần bác sĩ hoặc y tá giúp.',
      they: 'Các câu trả lời cho thấy người thân của quý vị đang có, hoặc có thể sẽ có, triệu chứng cai khi giảm bớt hoặc ngưng. Lúc đầu có thể cần bác sĩ hoặc y tá giúp.',
      staff:
        'Các câu trả lời cho thấy người này đang có, hoặc có thể sẽ có, triệu chứng cai khi giảm bớt hoặc ngưng. Lúc đầu có thể cần bác sĩ hoặc y tá giúp.',
    },
    'withdrawal-monitor': {
      you: 'Quý vị sử dụng rượu bia, thuốc an thần hoặc opioid thường xuyên, nên có thể có triệu chứng cai. Hãy để ý các dấu hiệu và cho đội ngũ chăm sóc của quý vị biết.',
      they: 'Người thân của quý vị sử dụng rượu bia, thuốc an thần hoặc opioid thường xuyên, nên có thể có triệu chứng cai. Hãy để ý các dấu hiệu và cho đội ngũ chăm sóc biết.',
      staff:
        'Người này sử dụng rượu bia, thuốc an thần hoặc opioid thường xuyên, nên có thể có triệu chứng cai. Đội ngũ chăm sóc cần để ý các dấu hiệu.',
    },

    // Urgency (Step 5)
    'call-today-withdrawal': {
      you: 'Các câu trả lời cho thấy có thể có triệu chứng cai, và tình trạng có thể nặng lên nhanh. Gọi hôm nay giúp việc hỗ trợ có thể bắt đầu một cách an toàn.',
      they: 'Các câu trả lời cho thấy người thân của quý vị có thể có triệu chứng cai, và tình trạng có thể nặng lên nhanh. Gọi hôm nay giúp việc hỗ trợ có thể bắt đầu một cách an toàn.',
      staff:
        'Các câu trả lời cho thấy có thể có triệu chứng cai, và tình trạng có thể nặng lên nhanh. Đánh giá hôm nay giúp việc hỗ trợ có thể bắt đầu một cách an toàn.',
    },
    'call-today-medical': {
      you: 'Quý vị cho biết quý vị có bệnh không được kiểm soát, hoặc quý vị đang mang thai. Tốt nhất là bắt đầu chăm sóc không chậm trễ.',
      they: 'Quý vị cho biết người thân của quý vị có bệnh không được kiểm soát, hoặc đang mang thai. Tốt nhất là bắt đầu chăm sóc không chậm trễ.',
      staff:
        'Người này có bệnh không được kiểm soát, hoặc đang mang thai. Tốt nhất là bắt đầu chăm sóc không chậm trễ.',
    },
    'call-today-mental-health': {
      you: 'Các câu trả lời về sức khỏe tâm thần hoặc ý nghĩ tự tử cho thấy điều quan trọng là quý vị nói chuyện với một người ngay hôm nay.',
      they: 'Các câu trả lời về sức khỏe tâm thần hoặc ý nghĩ tự tử của người thân quý vị cho thấy điều quan trọng là người thân của quý vị nói chuyện với một người ngay hôm nay.',
      staff:
        'Các câu trả lời về sức khỏe tâm thần hoặc ý nghĩ tự tử của người này cho thấy điều quan trọng là họ nói chuyện với một người ngay hôm nay.',
    },
    'call-today-safe-place': {
      you: 'Hiện nay quý vị không có chỗ ở an toàn, ổn định. Trung tâm có thể bàn với quý vị về các lựa chọn ngay hôm nay.',
      they: 'Hiện nay người thân của quý vị không có chỗ ở an toàn, ổn định. Trung tâm có thể bàn với quý vị về các lựa chọn ngay hôm nay.',
      staff:
        'Hiện nay người này không có chỗ ở an toàn, ổn định. Nên bàn về các lựa chọn ngay hôm nay.',
    },
    'call-today-suicide-screen': {
      you: 'Các câu trả lời cho những câu hỏi về tự tử cho thấy điều quan trọng là quý vị nói chuyện với một người ngay hôm nay.',
      they: 'Các câu trả lời cho những câu hỏi về tự tử cho thấy điều quan trọng là người thân của quý vị nói chuyện với một người ngay hôm nay.',
      staff:
        'Các câu trả lời cho những câu hỏi sàng lọc về tự tử cho thấy điều quan trọng là người này nói chuyện với một người ngay hôm nay.',
    },
    'call-today-tolerance-loss': {
      you: 'Sau một thời gian không dùng opioid, cơ thể không chịu được lượng như trước. Được chăm sóc hôm nay giúp giảm nguy cơ quá liều.',
      they: 'Sau một thời gian không dùng opioid, cơ thể không chịu được lượng như trước. Được chăm sóc hôm nay giúp giảm nguy cơ quá liều cho người thân của quý vị.',
      staff:
        'Sau một thời gian không dùng opioid, cơ thể không chịu được lượng như trước. Được chăm sóc hôm nay giúp giảm nguy cơ quá liều cho người này.',
    },

    // Alternative (Step 6)
    'alternative-day-program': {
      you: 'Quý vị cho biết quý vị có thể đến chương trình cả ngày vào các ngày trong tuần nhưng không thể ở lại qua đêm. Quý vị có thể hỏi về chương trình ban ngày (PHP).',
      they: 'Quý vị cho biết người thân của quý vị có thể đến chương trình cả ngày vào các ngày trong tuần nhưng không thể ở lại qua đêm. Quý vị có thể hỏi về chương trình ban ngày (PHP).',
      staff:
        'Người này có thể đến chương trình cả ngày vào các ngày trong tuần nhưng không thể ở lại qua đêm. Có thể bàn về chương trình ban ngày (PHP).',
    },
    'alternative-fits-around-life': {
      you: 'Quý vị cho biết việc điều trị phải sắp xếp quanh công việc, việc học hoặc việc chăm sóc người khác. Quý vị có thể hỏi về ngoại trú tích cực (IOP), vài giờ mỗi ngày.',
      they: 'Quý vị cho biết việc điều trị phải sắp xếp quanh công việc, việc học hoặc việc chăm sóc người khác của người thân quý vị. Quý vị có thể hỏi về ngoại trú tích cực (IOP), vài giờ mỗi ngày.',
      staff:
        'Việc điều trị phải sắp xếp quanh công việc, việc học hoặc việc chăm sóc người khác của người này. Có thể bàn về ngoại trú tích cực (IOP), vài giờ mỗi ngày.',
    },
  },

  notes: {
    readiness: {
      you: 'Cảm thấy chưa chắc về việc thay đổi là chuyện bình thường. Cuộc gọi đầu tiên chỉ là một cuộc nói chuyện. Quý vị không phải cam kết điều gì.',
      they: 'Người thân của quý vị cảm thấy chưa chắc về việc thay đổi là chuyện bình thường. Cuộc gọi đầu tiên chỉ là một cuộc nói chuyện. Không ai phải cam kết điều gì, và quý vị có thể hỏi cách giúp đỡ.',
      staff:
        'Cảm thấy chưa chắc về việc thay đổi là chuyện bình thường. Buổi đánh giá đầu tiên chỉ là một cuộc nói chuyện và người này không phải cam kết điều gì.',
    },
    transport: {
      you: 'Đi đến các buổi vài lần mỗi tuần có thể khó khăn. Hãy hỏi trung tâm về hỗ trợ đưa đón, hoặc về khám từ xa (các buổi qua video).',
      they: 'Đi đến các buổi vài lần mỗi tuần có thể khó khăn. Hãy hỏi trung tâm về hỗ trợ đưa đón cho người thân của quý vị, hoặc về khám từ xa (các buổi qua video).',
      staff:
        'Người này có thể khó đi đến các buổi vài lần mỗi tuần. Nên đề nghị hỗ trợ đưa đón, hoặc khám từ xa (các buổi qua video).',
    },
    schedule: {
      you: 'Các buổi thường vào buổi sáng (khoảng 9 đến 12 giờ), buổi chiều (khoảng 1 đến 4 giờ) hoặc buổi tối (khoảng 6 đến 9 giờ). Hãy hỏi giờ phù hợp nhất với quý vị.',
      they: 'Các buổi thường vào buổi sáng (khoảng 9 đến 12 giờ), buổi chiều (khoảng 1 đến 4 giờ) hoặc buổi tối (khoảng 6 đến 9 giờ). Hãy hỏi giờ phù hợp nhất với người thân của quý vị.',
      staff:
        'Các buổi thường vào buổi sáng (khoảng 9 đến 12 giờ), buổi chiều (khoảng 1 đến 4 giờ) hoặc buổi tối (khoảng 6 đến 9 giờ).',
    },
    pregnancy: {
      you: 'Khi gọi, hãy nói trước tiên rằng quý vị đang mang thai. Nhiều chương trình ưu tiên nhận người đang mang thai trước. Đừng ngưng opioid, rượu hoặc thuốc an thần đột ngột khi chưa có lời khuyên y tế. Điều đó có thể nguy hiểm cho quý vị và em bé.',
      they: 'Khi gọi, hãy nói trước tiên rằng người thân của quý vị đang mang thai. Nhiều chương trình ưu tiên nhận người đang mang thai trước. Người thân của quý vị không nên ngưng opioid, rượu hoặc thuốc an thần đột ngột khi chưa có lời khuyên y tế. Điều đó có thể nguy hiểm cho người thân của quý vị và em bé.',
      staff:
        'Người này đang mang thai. Nhiều chương trình ưu tiên nhận người đang mang thai trước, nên hãy nói điều này trước tiên khi giới thiệu. Người này không nên ngưng opioid, rượu hoặc thuốc an thần đột ngột khi chưa có lời khuyên y tế: điều đó có thể nguy hiểm cho họ và em bé.',
    },
    insurance: {
      commercial: {
        you: 'Hầu hết các chương trình bảo hiểm chi trả cho những loại chăm sóc này khi cần thiết về mặt y tế. Một luật liên bang (gọi là luật bình đẳng, parity) quy định rằng giới hạn cho loại chăm sóc này không được khắt khe hơn so với các chăm sóc y tế khác.',
        they: 'Hầu hết các chương trình bảo hiểm chi trả cho những loại chăm sóc này khi cần thiết về mặt y tế. Một luật liên bang (gọi là luật bình đẳng, parity) quy định rằng giới hạn cho loại chăm sóc này không được khắt khe hơn so với các chăm sóc y tế khác.',
        staff:
          'Hầu hết các chương trình bảo hiểm chi trả cho những loại chăm sóc này khi cần thiết về mặt y tế. Một luật liên bang (gọi là luật bình đẳng, parity) quy định rằng giới hạn cho loại chăm sóc này không được khắt khe hơn so với các chăm sóc y tế khác.',
      },
      medicaid: {
        you: '{program} chi trả cho nhiều loại chăm sóc này. Những gì được chi trả có thể khác nhau tùy tiểu bang hoặc quận. Trung tâm có thể giúp quý vị kiểm tra.',
        they: '{program} chi trả cho nhiều loại chăm sóc này. Những gì được chi trả có thể khác nhau tùy tiểu bang hoặc quận. Trung tâm có thể giúp quý vị kiểm tra bảo hiểm của người thân quý vị.',
        staff:
          '{program} chi trả cho nhiều loại chăm sóc này. Những gì được chi trả có thể khác nhau tùy tiểu bang hoặc quận, nên cần kiểm tra bảo hiểm của người này.',
      },
      medicare: {
        you: 'Medicare chi trả cho tư vấn ngoại trú, ngoại trú tích cực (IOP) và nằm viện bán phần (PHP). Việc chi trả cho điều trị nội trú có giới hạn. Hãy hỏi trung tâm xem chương trình bảo hiểm của quý vị chi trả những gì.',
        they: 'Medicare chi trả cho tư vấn ngoại trú, ngoại trú tích cực (IOP) và nằm viện bán phần (PHP). Việc chi trả cho điều trị nội trú có giới hạn. Hãy hỏi trung tâm xem chương trình bảo hiểm của người thân quý vị chi trả những gì.',
        staff:
          'Medicare chi trả cho tư vấn ngoại trú, ngoại trú tích cực (IOP) và nằm viện bán phần (PHP). Việc chi trả cho điều trị nội trú có giới hạn: tùy vào chương trình bảo hiểm của người này.',
      },
      none: {
        you: 'Quý vị vẫn có thể được chăm sóc. Hãy hỏi về các chương trình do tiểu bang tài trợ và mức phí theo thu nhập. Quý vị cũng có thể gọi Đường dây Trợ giúp Quốc gia SAMHSA miễn phí số 1-800-662-4357 (tiếng Anh và tiếng Tây Ban Nha).',
        they: 'Người thân của quý vị vẫn có thể được chăm sóc. Hãy hỏi về các chương trình do tiểu bang tài trợ và mức phí theo thu nhập. Quý vị cũng có thể gọi Đường dây Trợ giúp Quốc gia SAMHSA miễn phí số 1-800-662-4357 (tiếng Anh và tiếng Tây Ban Nha).',
        staff:
          'Người này không có bảo hiểm và vẫn có thể được chăm sóc: các chương trình do tiểu bang tài trợ, mức phí theo thu nhập, hoặc Đường dây Trợ giúp Quốc gia SAMHSA miễn phí số 1-800-662-4357.',
      },
      unsure: {
        you: 'Không sao cả. Các trung tâm điều trị có thể kiểm tra bảo hiểm của quý vị miễn phí khi quý vị gọi.',
        they: 'Không sao cả. Các trung tâm điều trị có thể kiểm tra bảo hiểm của người thân quý vị miễn phí khi quý vị gọi.',
        staff: 'Người này không chắc về bảo hiểm. Có thể kiểm tra bảo hiểm miễn phí.',
      },
    },
    'crisis-resources': {
      you: 'Xin hãy nói chuyện với một người ngay hôm nay. Quý vị có thể gọi hoặc nhắn tin đến 988, Đường dây Phòng chống Tự tử và Khủng hoảng, bất cứ lúc nào, ngày hay đêm. Miễn phí và bảo mật.',
      they: 'Xin hãy giúp người thân của quý vị nói chuyện với một người ngay hôm nay. Quý vị hoặc người thân có thể gọi hoặc nhắn tin đến 988, Đường dây Phòng chống Tự tử và Khủng hoảng, bất cứ lúc nào, ngày hay đêm. Miễn phí và bảo mật, và quý vị có thể gọi để hỏi cách giúp đỡ.',
      staff:
        'Kết quả sàng lọc tự tử là dương tính. Người này nên nói chuyện với một người ngay hôm nay: 988, Đường dây Phòng chống Tự tử và Khủng hoảng, miễn phí và bảo mật, gọi hoặc nhắn tin, ngày hay đêm.',
    },
    naloxone: {
      you: 'Naloxone (Narcan) có thể đảo ngược tình trạng quá liều opioid. Nhiều nhà thuốc bán naloxone không cần toa. Hãy mang theo bên mình và cho mọi người biết quý vị để ở đâu. Dấu hiệu quá liều: không thể đánh thức, thở chậm hoặc không thở, môi tím tái hoặc xám. Chất kích thích và thuốc giả thường bị trộn fentanyl, nên điều này quan trọng ngay cả khi quý vị không dùng opioid.',
      they: 'Naloxone (Narcan) có thể đảo ngược tình trạng quá liều opioid. Nhiều nhà thuốc bán naloxone không cần toa. Hãy để ở nơi quý vị và người thân của quý vị lấy được. Dấu hiệu quá liều: không thể đánh thức, thở chậm hoặc không thở, môi tím tái hoặc xám. Chất kích thích và thuốc giả thường bị trộn fentanyl, nên điều này quan trọng ngay cả khi người thân của quý vị không dùng opioid.',
      staff:
        'Naloxone (Narcan) có thể đảo ngược tình trạng quá liều opioid, và nhiều nhà thuốc bán naloxone không cần toa. Người này và những người xung quanh nên để sẵn gần bên. Dấu hiệu quá liều: không thể đánh thức, thở chậm hoặc không thở, môi tím tái hoặc xám. Chất kích thích và thuốc giả thường bị trộn fentanyl, nên điều này quan trọng ngay cả khi không dùng opioid.',
    },
    'tolerance-loss': {
      you: 'Sau một thời gian không dùng opioid, như khi cai giải độc, điều trị hoặc một thời gian không sử dụng, cơ thể quý vị không chịu được nhiều như trước. Một liều từng là bình thường nay có thể gây tử vong. Hãy để naloxone gần bên.',
      they: 'Sau một thời gian không dùng opioid, như khi cai giải độc, điều trị hoặc một thời gian không sử dụng, cơ thể người thân của quý vị không chịu được nhiều như trước. Một liều từng là bình thường nay có thể gây tử vong. Hãy để naloxone gần bên.',
      staff:
        'Sau một thời gian không dùng opioid, như khi cai giải độc, điều trị hoặc một thời gian không sử dụng, cơ thể người này không chịu được nhiều như trước. Một liều từng là bình thường nay có thể gây tử vong. Nên để naloxone gần bên.',
    },
    moud: {
      you: 'Thuốc điều trị rối loạn sử dụng opioid (buprenorphine, methadone và naltrexone) có hiệu quả ở mọi mức độ chăm sóc. Hãy hỏi trung tâm về các thuốc này.',
      they: 'Thuốc điều trị rối loạn sử dụng opioid (buprenorphine, methadone và naltrexone) có hiệu quả ở mọi mức độ chăm sóc. Hãy hỏi trung tâm về các thuốc này cho người thân của quý vị.',
      staff:
        'Thuốc điều trị rối loạn sử dụng opioid (buprenorphine, methadone và naltrexone) có hiệu quả ở mọi mức độ chăm sóc, và nên bàn với người này.',
    },
    'aud-meds': {
      you: 'Các thuốc như naltrexone và acamprosate có thể giúp người ta uống ít lại hoặc ngưng uống rượu. Hãy hỏi trung tâm về các thuốc này.',
      they: 'Các thuốc như naltrexone và acamprosate có thể giúp người ta uống ít lại hoặc ngưng uống rượu. Hãy hỏi trung tâm về các thuốc này cho người thân của quý vị.',
      staff:
        'Các thuốc như naltrexone và acamprosate có thể giúp người ta uống ít lại hoặc ngưng uống rượu, và nên bàn với người này.',
    },
    adolescent: {
      you: 'Các chương trình cho người trẻ thì khác. Giờ giấc, việc học và sự tham gia của gia đình được sắp xếp cho thiếu niên. Trung tâm sẽ cho quý vị biết họ có phục vụ người dưới 18 tuổi không, hoặc giúp quý vị tìm một chương trình có phục vụ.',
      they: 'Các chương trình cho người trẻ thì khác. Giờ giấc, việc học và sự tham gia của gia đình được sắp xếp cho thiếu niên. Trung tâm sẽ cho quý vị biết họ có phục vụ người dưới 18 tuổi không, hoặc giúp quý vị tìm một chương trình có phục vụ.',
      staff:
        'Người này dưới 18 tuổi. Các chương trình cho người trẻ thì khác: giờ giấc, việc học và sự tham gia của gia đình được sắp xếp cho thiếu niên. Hãy kiểm tra chương trình có phục vụ người dưới 18 tuổi không, hoặc giới thiệu đến một chương trình có phục vụ.',
    },
    'mental-health-referral': {
      you: 'Cảm nhận của quý vị gần đây rất quan trọng. Nói chuyện với một chuyên viên sức khỏe tâm thần, như cố vấn hoặc bác sĩ, cũng có thể giúp ích.',
      they: 'Cảm nhận của người thân quý vị gần đây rất quan trọng. Nói chuyện với một chuyên viên sức khỏe tâm thần, như cố vấn hoặc bác sĩ, cũng có thể giúp ích cho người thân của quý vị.',
      staff:
        'Cảm nhận của người này gần đây rất quan trọng. Một chuyên viên sức khỏe tâm thần, như cố vấn hoặc bác sĩ, cũng có thể giúp ích.',
    },
  },

  handoff: {
    heading: 'Mã câu trả lời của quý vị',
    body: {
      you: 'Hãy đọc mã này khi quý vị gọi, và quý vị sẽ không phải trả lời lại. Bất kỳ ai có mã này đều có thể xem các câu trả lời của quý vị: chỉ chia sẻ mã với trung tâm.',
      they: 'Hãy đọc mã này khi quý vị gọi, và quý vị sẽ không phải trả lời lại. Bất kỳ ai có mã này đều có thể xem các câu trả lời của quý vị về người thân: chỉ chia sẻ mã với trung tâm.',
    },
    keep: 'Để quay lại sau, tại đây hoặc trên thiết bị khác, hãy ghi mã lại hoặc chụp màn hình, rồi chọn “{question}”.',
    copy: 'Sao chép mã',
    copied: 'Đã sao chép mã.',
    copyFailed: 'Chúng tôi không sao chép được. Quý vị có thể đọc to hoặc ghi mã lại.',
    staffHeading: 'Người gọi có mã?',
    staffHint:
      'Nếu người gọi đã làm bài đánh giá, hãy nhập mã họ đọc. Dấu gạch ngang và khoảng trắng không bắt buộc.',
    label: 'Mã từ người gọi',
    open: 'Mở các câu trả lời của họ',
    errors: {
      empty: 'Hãy nhập mã người gọi đọc.',
      character: 'Mã không thể có "{character}". Hãy nhờ người gọi đọc lại phần đó.',
      tooShort: 'Mã này quá ngắn. Hãy nhờ người gọi đọc toàn bộ mã.',
      tooLong: 'Mã này quá dài. Hãy nhờ người gọi đọc lại.',
      mistake: 'Mã này có lỗi. Hãy nhờ người gọi đọc lại.',
      version: 'Mã này thuộc một phiên bản khác của bài đánh giá. Hãy hỏi các câu hỏi thay thế.',
    },
    self: {
      label: 'Mã từ kết quả của quý vị',
      hint: 'Hãy nhập mã quý vị đã ghi lại hoặc đã lưu. Dấu gạch ngang và khoảng trắng không bắt buộc. Quý vị sẽ thấy lại các câu trả lời trước khi xem kết quả.',
      open: 'Mở các câu trả lời',
      errors: {
        empty: 'Hãy nhập mã từ kết quả của quý vị.',
        character: 'Mã không thể có "{character}". Hãy kiểm tra phần đó của mã.',
        tooShort: 'Mã này quá ngắn. Hãy kiểm tra xem quý vị đã nhập hết chưa.',
        tooLong: 'Mã này quá dài. Hãy kiểm tra và thử lại.',
        mistake: 'Mã này có lỗi. Hãy kiểm tra từng chữ và số, rồi thử lại.',
        version:
          'Mã này thuộc một phiên bản khác của bài kiểm tra này. Xin vui lòng trả lời lại các câu hỏi.',
      },
    },
  },
  staff: {
    start: {
      intro: [
        'Hãy đọc từng câu hỏi cho người gọi và chọn câu trả lời của họ. Họ có thể gọi cho chính mình hoặc về một người thân.',
        'Cuối cùng, quý vị sẽ thấy mức độ chăm sóc được gợi ý và một ghi chú tiếp nhận để sao chép.',
      ],
      time: 'Khoảng 5–10 phút trong cuộc gọi',
      privacy:
        'Hãy nói với người gọi: các câu trả lời chỉ ở trong trình duyệt này. Không có gì được gửi cho ai. Nhấn “{newCaller}” sẽ xóa chúng.',
      privacyShared:
        'Hãy nói với người gọi: các câu trả lời chỉ ở trong trình duyệt này. Cuối cùng, {partner} sẽ được cho biết loại chăm sóc nào được gợi ý, không bao giờ là các câu trả lời. Nhấn “{newCaller}” sẽ xóa chúng.',
      notDiagnosis:
        'Hãy nói với người gọi rằng đây không phải là chẩn đoán. Buổi đánh giá của chuyên viên lâm sàng sẽ quyết định sự chăm sóc nào là phù hợp.',
    },
    review: {
      heading: 'Kiểm tra các câu trả lời của người gọi',
      intro:
        'Hãy đọc lại các câu trả lời cho người gọi. Thay đổi những câu nào hôm nay khác đi, rồi xem kết quả.',
    },
    ui: {
      ask: 'Hỏi:',
      panelTitle: 'Điểm đánh giá trực tiếp',
      panelNote: 'Các câu hỏi chưa đến được tính là nguy cơ thấp nhất.',
      rating: '{n} trên 4',
      severity: 'Mức độ nặng',
      criteria: '{n} trên 11 tiêu chí',
      provisionalLevel: 'Mức tạm thời',
      emergency: 'Cấp cứu',
      shortcutsTitle: 'Phím tắt',
      shortcutNumbers: '1–9: chọn câu trả lời đó trong câu hỏi hiện tại',
      shortcutEnter: 'Enter: tiếp tục',
      shortcutBack: 'Alt + mũi tên trái: quay lại',
      shortcutToggle: 'Dùng phím số để chọn câu trả lời',
      noteHeading: 'Ghi chú tiếp nhận',
      copyNote: 'Sao chép ghi chú tiếp nhận',
      copied: 'Đã sao chép',
      copyFailed: 'Không sao chép được. Ghi chú đã được chọn bên dưới: nhấn Ctrl+C để sao chép.',
      newCaller: 'Người gọi mới',
      newCallerConfirm: 'Xóa tất cả câu trả lời cho người gọi mới? Không thể hoàn tác.',
      newCallerYes: 'Có, xóa tất cả',
      cancel: 'Hủy',
      crisisHeading: 'Nhân viên: hãy ở lại với người gọi',
      crisisSteps: [
        'Giữ máy. Đừng gác máy.',
        'Nếu có ai đang gặp nguy hiểm ngay lúc này, hãy gọi 911 hoặc nhờ người gọi gọi 911.',
        // Warm transfer: stay on the line while connecting (not a cold transfer).
        'Nếu có ý nghĩ tự tử, hãy chuyển máy có giới thiệu đến 988: giữ máy cho đến khi họ được kết nối.',
        'Làm theo quy trình khủng hoảng của trung tâm và báo cho người giám sát.',
      ],
    },
    result: {
      nextStep: {
        today: {
          title: 'Bước tiếp theo: đề nghị đánh giá ngay hôm nay',
          body: 'Các câu trả lời cho thấy cần chăm sóc không chậm trễ. Hãy đề nghị một buổi đánh giá lâm sàng hôm nay. Nếu hôm nay không còn lịch trống, hãy đặt buổi sớm nhất, và bảo đảm người này có các số điện thoại khủng hoảng.',
        },
        soon: {
          title: 'Bước tiếp theo: đề nghị đánh giá trong vài ngày tới',
          body: 'Hãy đề nghị một buổi đánh giá lâm sàng trong vài ngày tới, hoặc đặt lịch vào giờ phù hợp với sinh hoạt của người này.',
        },
      },
      crisisResourcesTitle: 'Sàng lọc tự tử dương tính: kết nối người này với 988 ngay hôm nay',
    },
    dimensions: {
      d1: 'Nguy cơ say cấp tính và/hoặc triệu chứng cai',
      d2: 'Tình trạng và biến chứng y sinh',
      d3: 'Tình trạng và biến chứng về cảm xúc, hành vi hoặc nhận thức',
      d4: 'Sẵn sàng thay đổi',
      d5: 'Nguy cơ tái sử dụng, tiếp tục sử dụng hoặc tiếp tục có vấn đề',
      d6: 'Môi trường hồi phục/sống',
    },
    severity: { none: 'Không', mild: 'Nhẹ', moderate: 'Vừa', severe: 'Nặng' },
    note: {
      title: 'Sàng lọc mức độ chăm sóc: ghi chú tiếp nhận',
      notDiagnosis: 'Sàng lọc tự báo cáo, không phải chẩn đoán.',
      dateTime: 'Ngày và giờ',
      center: 'Trung tâm',
      appVersion: 'Phiên bản ứng dụng',
      contractVersion: 'Phiên bản hợp đồng',
      answersHeading: 'Các câu trả lời',
      sections: {
        respondent: 'Người trả lời',
        about: 'Về người này',
        safety: 'An toàn ngay lúc này',
        use: 'Sử dụng chất gây nghiện',
        withdrawal: 'Triệu chứng cai',
        medical: 'Sức khỏe thể chất',
        suicide: 'Sàng lọc nguy cơ tự tử (ASQ)',
        mental: 'Sức khỏe tâm thần',
        readiness: 'Sẵn sàng thay đổi',
        history: 'Lịch sử điều trị',
        living: 'Hoàn cảnh sống và hỗ trợ',
        obligations: 'Công việc, việc học và gia đình',
        insurance: 'Bảo hiểm',
      },
      dimensionsHeading: 'Điểm các phương diện (0-4)',
      resultHeading: 'Kết quả',
      severity: 'Mức độ nặng',
      criteriaCount: 'Số tiêu chí',
      level: 'Mức độ chăm sóc',
      emergency: 'Cấp cứu',
      withdrawal: 'Xử trí triệu chứng cai',
      withdrawalValues: {
        none: 'Không cần',
        monitor: 'Theo dõi dấu hiệu cai',
        ambulatory: 'Ngoại trú (lúc đầu có thể cần cai giải độc có bác sĩ theo dõi)',
        inpatient: 'Nội trú (cai có theo dõi y tế, 3.7-WM)',
      },
      urgency: 'Mức khẩn cấp',
      urgencyValues: {
        emergency: 'Cấp cứu: gọi 911 hoặc 988 trước tiên',
        today: 'Gọi hôm nay',
        soon: 'Sớm (trong vài ngày tới)',
      },
      alternative: 'Lựa chọn khác để bàn',
      none: 'Không có',
      reasonsHeading: 'Lý do',
      notesHeading: 'Ghi chú',
    },
  },

  programs: viPrograms,
  call: viCall,
  interpreter: viInterpreter,
} satisfies LaterWords;
