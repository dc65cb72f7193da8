/** 繁體中文：中心的治療計畫（./program-words.ts）。屬於之後載入的文字。草稿，尚未經專業審閱。 */
import type { ProgramWords } from './program-words';

export const zhHantPrograms = {
  heading: '{center} 可能適合的治療計畫',
  intro: {
    you: '時間和地點可能會變動。請打電話確認，並開始安排。',
    they: '時間和地點可能會變動。請打電話確認，並開始安排。',
    staff: '時間和地點可能會變動：預約前請先確認。',
  },
  freeVerification: {
    you: '{center} 會在治療開始前，免費幫您查核保險。',
    they: '{center} 會在治療開始前，免費幫您的親人查核保險。',
    staff: '{center} 會在治療開始前，免費查核對方的保險。',
  },
  alternativeHeading: '{center} 的{level}計畫',
  when: '時間',
  where: '地點',
  whyItFits: '可能適合的原因',
  insurance: '保險',
  timesOfDay: { morning: '上午', afternoon: '下午', evening: '晚上' },
  spans: { daytime: '白天', afternoonEvening: '下午和晚上', allDay: '全天' },
  days: {
    mon: '週一',
    tue: '週二',
    wed: '週三',
    thu: '週四',
    fri: '週五',
    sat: '週六',
    sun: '週日',
  },
  dayRange: '{from}至{to}',
  session: '{start}至{end}',
  sessionWithDays: '{days}，{start}至{end}',
  residential: '日夜住在中心，隨時有工作人員在場',
  byVideo: '在家用視訊參加',
  placeOrVideo: '{place}，或用視訊參加',
  fit: {
    schedule: {
      you: '{time}的治療時段，是您說最合適的時間',
      they: '{time}的治療時段，是您說對您的親人最合適的時間',
      staff: '{time}的治療時段，是對方說最合適的時間',
    },
    scheduleTimes: { morning: '上午', afternoon: '下午', evening: '晚上' },
    video: {
      you: '您可以用視訊參加，不需要有人接送',
      they: '您的親人可以用視訊參加，不需要有人接送',
      staff: '對方可以用視訊參加，不需要有人接送',
    },
    insurance: {
      commercial: {
        you: '接受私人保險：請打電話確認您的保險計畫',
        they: '接受私人保險：請打電話確認您親人的保險計畫',
        staff: '接受私人保險：請確認對方的保險計畫',
      },
      medicaid: {
        you: '接受 {program}：請打電話確認您的保險計畫',
        they: '接受 {program}：請打電話確認您親人的保險計畫',
        staff: '接受 {program}：請確認對方的保險計畫',
      },
      medicare: {
        you: '接受 Medicare（聯邦醫療保險）：請打電話確認您的保險計畫',
        they: '接受 Medicare（聯邦醫療保險）：請打電話確認您親人的保險計畫',
        staff: '接受 Medicare（聯邦醫療保險）：請確認對方的保險計畫',
      },
      none: {
        you: '您可以自費：請打電話詢問費用',
        they: '可以自費：請打電話詢問費用',
        staff: '接受自費：請和對方說明費用',
      },
    },
    language: { en: '以英語進行', es: '以西班牙語進行' },
  },
  takes: {
    you: '接受{list}。請打電話確認您的保險計畫。',
    they: '接受{list}。請打電話確認您親人的保險計畫。',
    staff: '接受{list}。請確認對方的保險計畫。',
  },
  paidBy: {
    commercial: '私人保險',
    medicaid: '{program}',
    medicare: 'Medicare',
    none: '自費',
  },
  askInsurance: {
    you: '請打電話詢問接受哪些保險。',
    they: '請打電話詢問接受哪些保險。',
    staff: '請查明接受哪些保險。',
  },
  sessionsIn: '以{languages}進行',
  languageNames: { en: '英語', es: '西班牙語' },
  and: '{a}和{b}',
  referral: {
    heading: '哪裡可以找到這種照護',
    noneAtLevel: '{center} 的名單上沒有{level}的計畫。',
    noneForAge: '{center} 的名單上沒有這個年齡層的{level}計畫。',
    callAnyway: {
      you: '還是請打電話給 {center}：中心可以幫您找到一個。',
      they: '還是請打電話給 {center}：中心可以幫您為您的親人找到一個。',
      staff: '幫對方找到一個：提供下方的求助熱線和 FindTreatment.gov。',
    },
    helpline: {
      you: 'SAMHSA 全國求助熱線免費且保密，一週 7 天、一天 24 小時開放，提供英語和西班牙語服務，可以幫您找到您附近的照護。',
      they: 'SAMHSA 全國求助熱線免費且保密，一週 7 天、一天 24 小時開放，提供英語和西班牙語服務，可以幫您找到您親人附近的照護。',
      staff:
        'SAMHSA 全國求助熱線免費且保密，一週 7 天、一天 24 小時開放，提供英語和西班牙語服務，可以幫對方找到住家附近的照護。',
    },
    callHelpline: '撥打求助熱線：',
    search: {
      you: '您也可以在這裡搜尋您附近的治療：',
      they: '您也可以在這裡搜尋您親人附近的治療：',
      staff: '對方也可以在這裡搜尋住家附近的治療：',
    },
    infoHeading: '哪裡可以了解更多',
    infoCall: {
      you: '有任何問題，請打電話給 {center}：中心可以告訴您附近有哪些服務。',
      they: '有任何問題，請打電話給 {center}：中心可以告訴您，您的親人附近有哪些服務。',
      staff: '主動回答對方的問題，並提供下方的求助熱線。',
    },
    infoHelpline:
      'SAMHSA 全國求助熱線也可以回答問題。免費且保密，一週 7 天、一天 24 小時開放，提供英語和西班牙語服務。',
  },
  questions: {
    heading: '可以問任何治療計畫的問題',
    intro: {
      you: '對您考慮的任何計畫都可以問這些問題，包括 {center}。',
      they: '對您為親人考慮的任何計畫都可以問這些問題，包括 {center}。',
      staff: '對方可以問任何計畫的問題，包括這裡。請清楚地回答。',
    },
    licensedBy: '它有州政府的執照嗎（{licensingBody}）？',
    licensedByState: '它有州政府的執照嗎？',
    items: [
      '輔導員和治療師有執照嗎？',
      '使用哪些治療方法？有研究證明這些方法有效嗎？',
      '一次團體治療有多少人？',
      '如果有人在治療期間使用了，會怎麼處理？',
      '有多少人完成計畫？計畫結束後有什麼支持？',
      '有沒有提供酒精或鴉片類藥物使用問題的藥物治療，或幫忙取得這些藥物？',
      '扣除保險後要付多少錢？',
    ],
  },
  staff: {
    firstProgram: '第一個計畫',
    noProgram: '名單上沒有這個程度的計畫',
    noteHeading: '可能適合的計畫',
    noteAlternative: '可以詢問的選項',
    noteReferral:
      '名單上沒有這個程度（或這個年齡）的計畫。轉介：SAMHSA 全國求助熱線 1-800-662-4357（免費、24/7、英語和西班牙語）；FindTreatment.gov。',
    noteQuestions:
      '下一步：提供可以問任何計畫的問題（州執照、有執照的臨床人員、治療方法、團體人數、治療期間的使用、完成人數和後續照護、藥物、扣除保險後的費用）。',
  },
} as const satisfies ProgramWords;
