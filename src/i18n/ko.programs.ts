/** Korean (draft, polite 해요체) words for the center's programs (./program-words.ts). */
import type { ProgramWords } from './program-words';

export const koPrograms = {
  heading: '맞을 수 있는 {center}의 프로그램',
  intro: {
    you: '시간과 장소는 바뀔 수 있어요. 전화해서 확인하고 시작하세요.',
    they: '시간과 장소는 바뀔 수 있어요. 전화해서 확인하고 시작하세요.',
    staff: '시간과 장소는 바뀔 수 있어요: 예약 전에 확인하세요.',
  },
  freeVerification: {
    you: '{center}에서 치료를 시작하기 전에 본인의 보험을 무료로 확인해 드려요.',
    they: '{center}에서 치료를 시작하기 전에 소중한 사람의 보험을 무료로 확인해 드려요.',
    staff: '{center}에서 치료를 시작하기 전에 당사자의 보험을 무료로 확인해 드려요.',
  },
  alternativeHeading: '{center}의 {level} 프로그램',
  when: '언제',
  where: '어디서',
  whyItFits: '맞을 수 있는 이유',
  insurance: '보험',
  timesOfDay: { morning: '오전', afternoon: '오후', evening: '저녁' },
  spans: { daytime: '낮 시간', afternoonEvening: '오후와 저녁', allDay: '종일' },
  days: { mon: '월', tue: '화', wed: '수', thu: '목', fri: '금', sat: '토', sun: '일' },
  dayRange: '{from}–{to}',
  session: '{start}–{end}',
  sessionWithDays: '{days}, {start}–{end}',
  residential: '밤낮으로, 직원이 항상 함께 있어요',
  byVideo: '집에서 화상으로',
  placeOrVideo: '{place} 또는 화상',
  fit: {
    schedule: {
      you: '{time} 시간대 세션, 본인에게 가장 좋다고 한 시간이에요',
      they: '{time} 시간대 세션, 소중한 사람에게 가장 좋다고 한 시간이에요',
      staff: '{time} 시간대 세션, 당사자가 가장 좋다고 한 시간이에요',
    },
    scheduleTimes: { morning: '오전', afternoon: '오후', evening: '저녁' },
    video: {
      you: '화상으로 참여할 수 있어서 교통편이 필요 없어요',
      they: '소중한 사람이 화상으로 참여할 수 있어서 교통편이 필요 없어요',
      staff: '당사자가 화상으로 참여할 수 있어서 교통편이 필요 없어요',
    },
    insurance: {
      commercial: {
        you: '민간 보험 가능: 전화해서 본인의 보험 플랜을 확인하세요',
        they: '민간 보험 가능: 전화해서 소중한 사람의 보험 플랜을 확인하세요',
        staff: '민간 보험 가능: 당사자의 보험 플랜을 확인하세요',
      },
      medicaid: {
        you: '{program} 가능: 전화해서 본인의 보험 플랜을 확인하세요',
        they: '{program} 가능: 전화해서 소중한 사람의 보험 플랜을 확인하세요',
        staff: '{program} 가능: 당사자의 보험 플랜을 확인하세요',
      },
      medicare: {
        you: 'Medicare(메디케어) 가능: 전화해서 본인의 보험 플랜을 확인하세요',
        they: 'Medicare(메디케어) 가능: 전화해서 소중한 사람의 보험 플랜을 확인하세요',
        staff: 'Medicare(메디케어) 가능: 당사자의 보험 플랜을 확인하세요',
      },
      none: {
        you: '직접 비용을 낼 수 있어요: 전화해서 비용을 물어보세요',
        they: '직접 비용을 낼 수 있어요: 전화해서 비용을 물어보세요',
        staff: '본인 부담 가능: 당사자와 비용을 함께 확인하세요',
      },
    },
    language: { en: '영어로 진행하는 세션', es: '스페인어로 진행하는 세션' },
  },
  takes: {
    you: '{list} 가능. 전화해서 본인의 보험 플랜을 확인하세요.',
    they: '{list} 가능. 전화해서 소중한 사람의 보험 플랜을 확인하세요.',
    staff: '{list} 가능. 당사자의 보험 플랜을 확인하세요.',
  },
  paidBy: {
    commercial: '민간 보험',
    medicaid: '{program}',
    medicare: 'Medicare(메디케어)',
    none: '본인 부담',
  },
  askInsurance: {
    you: '어떤 보험을 받는지 전화해서 물어보세요.',
    they: '어떤 보험을 받는지 전화해서 물어보세요.',
    staff: '어떤 보험을 받는지 확인하세요.',
  },
  sessionsIn: '{languages}로 진행하는 세션',
  languageNames: { en: '영어', es: '스페인어' },
  and: '{a} 및 {b}',
  referral: {
    heading: '이 치료를 찾을 수 있는 곳',
    noneAtLevel: '{center}의 목록에는 {level} 프로그램이 없어요.',
    noneForAge: '{center}의 목록에는 이 연령대를 위한 {level} 프로그램이 없어요.',
    callAnyway: {
      you: '그래도 {center}에 전화하세요: 프로그램 찾는 것을 도와줄 수 있어요.',
      they: '그래도 {center}에 전화하세요: 소중한 사람을 위한 프로그램 찾는 것을 도와줄 수 있어요.',
      staff:
        '당사자가 프로그램을 찾도록 도와주세요: 아래 상담 전화와 FindTreatment.gov를 안내하세요.',
    },
    // SAMHSA National Helpline: English and Spanish only. Do not add Korean.
    helpline: {
      you: 'SAMHSA 전국 상담 전화(SAMHSA National Helpline)는 무료이고 비밀이 지켜져요. 하루 24시간, 일주일 내내 영어와 스페인어로 운영되며, 가까운 곳의 치료를 찾도록 도와줄 수 있어요.',
      they: 'SAMHSA 전국 상담 전화(SAMHSA National Helpline)는 무료이고 비밀이 지켜져요. 하루 24시간, 일주일 내내 영어와 스페인어로 운영되며, 소중한 사람 가까이에 있는 치료를 찾도록 도와줄 수 있어요.',
      staff:
        'SAMHSA 전국 상담 전화(SAMHSA National Helpline)는 무료이고 비밀이 지켜져요. 하루 24시간, 일주일 내내 영어와 스페인어로 운영되며, 당사자가 사는 곳 가까이에서 치료를 찾도록 도와줄 수 있어요.',
    },
    callHelpline: '상담 전화에 전화하세요:',
    search: {
      you: '가까운 곳의 치료는 여기서도 찾을 수 있어요:',
      they: '소중한 사람 가까이에 있는 치료는 여기서도 찾을 수 있어요:',
      staff: '당사자는 사는 곳 가까이의 치료를 여기서도 찾을 수 있어요:',
    },
    infoHeading: '더 알아볼 수 있는 곳',
    infoCall: {
      you: '궁금한 점이 있으면 {center}에 전화하세요: 가까운 곳에 무엇이 있는지 알려 줄 수 있어요.',
      they: '궁금한 점이 있으면 {center}에 전화하세요: 소중한 사람 가까이에 무엇이 있는지 알려 줄 수 있어요.',
      staff: '당사자의 질문에 답해 주겠다고 하고, 아래 상담 전화도 안내하세요.',
    },
    infoHelpline:
      'SAMHSA 전국 상담 전화도 질문에 답해 줘요. 무료이고 비밀이 지켜지며, 하루 24시간, 일주일 내내 영어와 스페인어로 운영돼요.',
  },
  questions: {
    heading: '어느 프로그램에든 물어볼 질문',
    intro: {
      you: '{center}도 포함해서, 생각하고 있는 어느 프로그램에든 이 질문을 해 보세요.',
      they: '{center}도 포함해서, 소중한 사람을 위해 생각하고 있는 어느 프로그램에든 이 질문을 해 보세요.',
      staff:
        '당사자가 이 프로그램을 포함해 어느 프로그램에든 할 수 있는 질문이에요. 솔직하고 분명하게 답하세요.',
    },
    licensedBy: '주 정부({licensingBody})의 허가를 받았나요?',
    licensedByState: '주 정부의 허가를 받았나요?',
    items: [
      '상담사와 치료사는 자격증이 있나요?',
      '어떤 치료 방법을 쓰나요? 그 방법이 효과가 있다는 연구가 있나요?',
      '집단 세션에는 몇 명이 참여하나요?',
      '치료 중에 다시 사용하면 어떻게 되나요?',
      '프로그램을 끝까지 마치는 사람은 얼마나 되나요? 끝난 뒤에는 어떤 지원이 있나요?',
      '술이나 오피오이드 사용을 위한 약을 제공하거나, 약을 받을 수 있도록 도와주나요?',
      '보험 적용 후 비용은 얼마인가요?',
    ],
  },
  staff: {
    firstProgram: '첫 번째 프로그램',
    noProgram: '이 수준의 프로그램이 목록에 없음',
    noteHeading: '맞을 수 있는 프로그램',
    noteAlternative: '물어볼 만한 선택지',
    noteReferral:
      '이 수준(또는 이 연령)의 프로그램이 목록에 없음. 의뢰: SAMHSA 전국 상담 전화 1-800-662-4357 (무료, 24시간, 영어와 스페인어); FindTreatment.gov.',
    noteQuestions:
      '다음 단계: 어느 프로그램에든 물어볼 질문을 안내하세요 (주 정부 허가, 자격 있는 임상 전문가, 치료 방법, 집단 규모, 치료 중 사용, 수료율과 사후 관리, 약물 치료, 보험 적용 후 비용).',
  },
} as const satisfies ProgramWords;
