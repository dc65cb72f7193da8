/**
 * 한국어 (Korean). DRAFT: machine-assisted, not yet reviewed by a qualified human translator
 * (ACA Section 1557, 45 CFR 92.201). Plain language (grades 6–8), warm, never judging.
 * Register: polite 해요체 throughout (-요 endings; buttons and labels are short nouns), never
 * 반말 and not the stiffer 합쇼체. The reader is rarely named; where needed, "본인". `they` forms
 * speak to someone answering for a loved one and say who ("소중한 사람"); `staff` forms say
 * "당사자" (the person concerned), neutral third person. The state program's name (Medicaid,
 * Medi-Cal in California) is filled in by the UI in `{program}`.
 */
import type { CoreWords } from './types';

export const koCore = {
  lang: 'ko',
  languageName: '한국어',

  app: {
    title: '알맞은 치료 수준 찾기',
    callCenter: '{center}: 전화 {phone}',
  },

  common: {
    continue: '계속',
    back: '뒤로',
    change: '변경',
    startOver: '처음부터 다시',
    print: '인쇄',
    questionOfAbout: '질문 {n} / 약 {total}',
    questionOfTotal: '질문 {n} / {total}',
    errorTitlePrefix: '오류: ',
    errorSummaryTitle: '문제가 있어요',
    leaveSite: '이 사이트 나가기',
    leaveSiteHint: '바로 나가고 답변을 지워요.',
    languageMenu: '언어',
    loading: '불러오는 중…',
    loadFailed: '다음 부분을 불러오지 못했어요',
    loadFailedBody:
      '답변은 안전하게 남아 있어요. 인터넷 연결을 확인하고 다시 시도하거나, 저희에게 전화하세요.',
    retry: '다시 시도',
  },

  help: {
    label: '지금 도움이 필요하세요?',
    call911: '911에 전화',
    call988: '988에 전화',
    text988: '988에 문자',
    callCenter: '{center}에 전화',
  },

  start: {
    heading: '어떤 치료가 도움이 될까요?',
    intro: [
      '술이나 약물 사용, 건강, 일상생활에 대한 몇 가지 질문에 답해 주세요.',
      '본인을 위해 답하거나, 소중한 사람을 위해 답할 수 있어요.',
      '마지막에 어떤 치료가 맞을 수 있는지, 그리고 그 이유를 보여 드려요.',
    ],
    privacy:
      '답변은 이 기기의 이 페이지 안에만 있어요. 누구에게도 보내지 않아요. 페이지를 닫거나 새로 고치면 지워져요.',
    privacyShared:
      '답변은 이 기기의 이 페이지 안에만 있어요. 마지막에 {partner}에게는 어떤 치료가 제안되었는지만 알려 주고, 답변은 절대 알려 주지 않아요.',
    notDiagnosis:
      '이것은 진단이 아니에요. 어떤 치료가 맞는지는 임상 전문가와 하는 무료 평가에서 정해요.',
    begin: '시작',
    time: '약 5–10분',
    haveCode: '전에 받은 코드가 있나요?',
  },

  errors: {
    requiredSingle: '답을 하나 고르세요',
    requiredMulti: "해당하는 것을 모두 고르거나, '해당 없음'을 고르세요",
    exclusive: "'해당 없음'은 다른 답과 함께 고를 수 없어요",
  },

  questions: {
    respondent: {
      label: { you: '누구를 위해 답하고 있나요?', they: '누구를 위해 답하고 있나요?' },
      short: '답하는 대상',
      options: {
        self: { label: '나 자신' },
        other: { label: '소중한 사람', hint: '가족이나 친구' },
      },
    },
  },

  crisis: {
    heading: '지금 도움을 받으세요',
    intro: {
      you: '답변을 보면 지금 바로 도움이 필요할 수 있어요. 기다리지 마세요. 혼자가 아니에요.',
      they: '답변을 보면 소중한 사람에게 지금 바로 도움이 필요할 수 있어요. 기다리지 마세요. 혼자가 아니에요.',
    },
    // 911 dispatch centers connect an interpreter for callers in other languages.
    call911Heading:
      '다음 중 하나라도 있으면 911에 전화하세요 (“Korean”이라고 말하면 통역사가 연결돼요)',
    call911Signs: [
      '과다복용 징후: 깨워도 깨어나지 않음, 호흡이 느리거나 없음, 입술이나 손끝이 파랗거나 회색임, 숨이 막히는 소리나 그르렁거리는 소리',
      '발작(경련)',
      '가슴 통증이나 숨쉬기 어려움',
      '심한 금단 증상: 없는 것이 보이거나 들림, 매우 혼란스러움, 또는 물을 마셔도 토함',
    ],
    call988Heading: '자살 생각이 들면 988에 전화하거나 문자하세요',
    // 988 languages (sources, third-party copies of the Lifeline's FAQ; the reviewer should confirm
    // them on 988lifeline.org): "The Lifeline provides live crisis center phone services in English
    // and Spanish and uses Language Line Solutions to provide translation services in over 250
    // additional languages for people who call 988" (mcphs.edu/student-life/counseling-services/
    // emergency-services/988-suicide-and-crisis-lifeline); texts and chats were English-only until
    // Spanish was added in July 2023 (spectrumnews1.com, 2023-07-13, "988 mental health lifeline
    // expands with chats and texts in Spanish"). So: an interpreter on a call, never Korean texting.
    call988Body:
      '988은 자살 및 위기 상담 전화(988 Suicide & Crisis Lifeline)예요. 무료이고, 비밀이 지켜지며, 하루 24시간 열려 있어요. 본인이나 소중한 사람을 위해 전화하거나 문자할 수 있어요. 전화할 때 “Korean”이라고 말하면 통역사가 연결돼요. 문자는 영어나 스페인어로 답해요.',
    centerHeading: '할 수 있을 때 센터에 전화하세요',
    naloxoneHeading: '오피오이드 과다복용이라고 생각되면',
    naloxone: [
      '날록손(Narcan)이 있으면 사용하세요. 콧구멍 한쪽에 뿌려요.',
      '그 사람이 깨어나기 시작하더라도 911에 전화하세요.',
      '그 사람 곁에 있어 주세요. 2~3분이 지나도 깨어나지 않으면, 날록손이 더 있을 때 한 번 더 사용하세요.',
      '숨이 막히지 않도록 그 사람을 옆으로 눕혀 주세요.',
    ],
    changeAnswer: '내 답 바꾸기',
  },
} satisfies CoreWords;
