/**
 * 繁體中文：檢查答案、結果、注意事項和工作人員模式。在對方開始作答後才載入
 * （src/app/deferred.ts）。語氣同 ./zh-Hant.core.ts。草稿，尚未經專業翻譯人員審閱。
 *
 * ASQ（NIMH 的自殺風險篩檢問題）：這裡的五題是本專案自己的草稿翻譯，不是官方譯本。
 * 見每一題上方給譯者的說明。
 */
import { zhHantInterpreter } from './zh-Hant.interpreter';
import type { LaterWords } from './types';
import { zhHantPrograms } from './zh-Hant.programs';
import { zhHantCall } from './zh-Hant.call';

const selectAll = { you: '請選擇所有符合的項目。', they: '請選擇所有符合的項目。' };
const yesNo = { yes: { label: '是' }, no: { label: '否' } };
const asqOptions = {
  yes: { label: '是' },
  no: { label: '否' },
  decline: { label: '我不想回答' },
};
const noneOfThese = { label: '以上皆無' };

export const zhHantLater = {
  screens: {
    respondent: { you: '這是替誰回答？', they: '這是替誰回答？' },
    age: { you: '關於您', they: '關於您的親人' },
    danger: { you: '現在的安全', they: '現在的安全' },
    substances: { you: '物質使用', they: '物質使用' },
    frequency: { you: '您使用的頻率', they: '您的親人使用的頻率' },
    criteria: { you: '使用對您生活的影響', they: '使用對您親人生活的影響' },
    withdrawal: { you: '停用或減量', they: '停用或減量' },
    medical: { you: '您的健康', they: '您親人的健康' },
    // The ASQ screen's heading (not an ASQ item).
    asq: {
      you: '我們會問每個人的問題，好讓您得到合適的支持',
      they: '我們會問每個人的問題，好讓您的親人得到合適的支持',
    },
    'asq-now': { you: '您現在的安全', they: '您親人現在的安全' },
    mental: { you: '您的心理健康', they: '您親人的心理健康' },
    readiness: { you: '做出改變', they: '做出改變' },
    treatment: { you: '過去的治療', they: '過去的治療' },
    home: { you: '您住在哪裡', they: '您的親人住在哪裡' },
    'home-safety': { you: '家中的安全', they: '家中的安全' },
    support: { you: '支持和交通', they: '支持和交通' },
    obligations: { you: '工作、上學和家庭', they: '工作、上學和家庭' },
    schedule: { you: '最適合接受治療的時段', they: '最適合接受治療的時段' },
    insurance: { you: '保險', they: '保險' },
  },

  questions: {
    'about.age': {
      label: { you: '您幾歲？', they: '您的親人幾歲？' },
      short: '年齡',
      options: {
        'under-18': { label: '未滿 18 歲' },
        '18-64': { label: '18 到 64 歲' },
        '65-plus': { label: '65 歲或以上' },
      },
    },
    'safety.emergencyNow': {
      label: {
        you: '您，或您身邊的任何人，現在有危險嗎？',
        they: '您的親人，或任何其他人，現在有危險嗎？',
      },
      hint: {
        you: '這是指用藥過量的徵兆（例如呼吸慢或沒有呼吸，或嘴唇發青）、癲癇發作、胸痛、呼吸困難，或有人叫不醒。',
        they: '這是指用藥過量的徵兆（例如呼吸慢或沒有呼吸，或嘴唇發青）、癲癇發作、胸痛、呼吸困難，或有人叫不醒。',
      },
      short: '現在有危險',
      options: yesNo,
    },
    'use.substances': {
      label: {
        you: '在過去 12 個月內，您使用過以下哪些？',
        they: '在過去 12 個月內，您的親人使用過以下哪些？',
      },
      hint: selectAll,
      short: '使用過的物質',
      options: {
        alcohol: { label: '酒精' },
        opioids: { label: '鴉片類藥物', hint: '例如海洛因、芬太尼或止痛藥' },
        benzodiazepines: {
          label: '苯二氮平類藥物或其他鎮靜劑',
          hint: '例如 Xanax、Valium、Klonopin，或其他治療焦慮或幫助睡眠的藥',
        },
        stimulants: {
          label: '興奮劑',
          hint: '例如甲基安非他命（冰毒）、古柯鹼或興奮劑藥丸',
        },
        cannabis: { label: '大麻', hint: '例如大麻菸、大麻食品或電子煙' },
        other: { label: '其他毒品或藥物', hint: '這裡沒有列出的任何毒品或藥物' },
        none: noneOfThese,
      },
    },
    'use.frequency': {
      label: {
        you: '在過去 30 天內，您多常使用您選的任何一種物質？',
        they: '在過去 30 天內，您的親人多常使用您選的任何一種物質？',
      },
      short: '頻率（過去 30 天）',
      options: {
        daily: { label: '每天或幾乎每天' },
        weekly: { label: '每週至少一次，但不是每天' },
        monthly: { label: '每週不到一次' },
        'not-recent': { label: '過去 30 天內完全沒有' },
      },
    },
    'use.lastUse': {
      label: { you: '您上次使用是什麼時候？', they: '您的親人上次使用是什麼時候？' },
      short: '上次使用',
      options: {
        today: { label: '過去 24 小時內' },
        days: { label: '1 到 7 天前' },
        weeks: { label: '8 到 30 天前' },
      },
    },
    'use.criteria': {
      label: {
        you: '在過去 12 個月內，以下哪些情況符合您？',
        they: '在過去 12 個月內，以下哪些情況符合您的親人？',
      },
      hint: {
        you: '請選擇所有符合的項目。如果是依照醫生處方服用的藥物，出現耐受性（需要更多）或戒斷，不要算進去。',
        they: '請選擇所有符合的項目。如果是您的親人依照醫生處方服用的藥物，出現耐受性（需要更多）或戒斷，不要算進去。',
      },
      short: '過去 12 個月的徵兆',
      options: {
        'larger-amounts': { label: '用得比原本打算的更多，或更久' },
        'cut-down': { label: '想要減量或停用，或試過但做不到' },
        'time-spent': {
          label: '花很多時間去取得、使用，或從它的作用中恢復',
        },
        craving: { label: '有強烈的衝動或渴望想要使用' },
        'role-failure': {
          label: '因為使用，在工作、學校或家裡的事情落後了',
        },
        'social-problems': {
          label: '雖然它造成和家人或朋友之間的問題，還是繼續使用',
        },
        'activities-given-up': {
          label: '因為使用，放棄或減少了重要或有趣的活動',
        },
        'hazardous-use': {
          label: '在身體上不安全的情況下使用，例如開車前',
        },
        'physical-psych-problems': {
          label: '明知它造成或加重了身體或心理健康問題，還是繼續使用',
        },
        tolerance: {
          label: '需要用更多才能有同樣的效果，或同樣的量效果變小了',
        },
        withdrawal: {
          label: '作用消退時感到不舒服（戒斷），或為了避免這樣而使用',
          hint: '例如發抖、流汗、肚子不舒服、感到焦慮或睡不著',
        },
        none: noneOfThese,
      },
    },
    'withdrawal.history': {
      label: {
        you: '在停用或減量之後，您曾經出現過以下任何一種情況嗎？',
        they: '在停用或減量之後，您的親人曾經出現過以下任何一種情況嗎？',
      },
      hint: selectAll,
      short: '過去的戒斷',
      options: {
        seizures: { label: '癲癇發作（抽搐）' },
        dts: {
          label: '看到或聽到不存在的東西，或嚴重混亂',
          hint: '有時稱為震顫性譫妄（DTs）',
        },
        'medical-detox': {
          label: '需要醫療戒斷治療（排毒）',
          hint: '由醫生或護理師照護，安全地停用',
        },
        none: noneOfThese,
      },
    },
    'withdrawal.current': {
      label: {
        you: '您現在有戒斷的徵兆嗎？',
        they: '您的親人現在有戒斷的徵兆嗎？',
      },
      hint: {
        you: '戒斷是一個人減量或停用時，身體出現的反應。',
        they: '戒斷是一個人減量或停用時，身體出現的反應。',
      },
      short: '現在的戒斷',
      options: {
        none: { label: '沒有徵兆' },
        mild: {
          label: '輕微的徵兆',
          hint: '發抖、流汗、焦慮、反胃，或睡不著',
        },
        severe: {
          label: '嚴重的徵兆',
          hint: '癲癇發作、看到或聽到不存在的東西、混亂，或喝什麼都吐出來',
        },
      },
    },
    'medical.condition': {
      label: {
        you: '您有長期的身體健康問題嗎？',
        they: '您的親人有長期的身體健康問題嗎？',
      },
      hint: {
        you: '例如：糖尿病、心臟病、肝病、肺病或高血壓。',
        they: '例如：糖尿病、心臟病、肝病、肺病或高血壓。',
      },
      short: '健康問題',
      options: {
        none: { label: '沒有' },
        stable: { label: '有，而且控制得很好' },
        unstable: {
          label: '有，但沒有控制好',
          hint: '或需要經常看醫生、接受醫療照護',
        },
      },
    },
    'medical.pregnant': {
      label: { you: '您懷孕了嗎？', they: '您的親人懷孕了嗎？' },
      hint: {
        you: '很多計畫會優先照顧懷孕的人。',
        they: '很多計畫會優先照顧懷孕的人。',
      },
      short: '懷孕',
      options: {
        yes: { label: '是' },
        no: { label: '否' },
        'not-applicable': { label: '不適用' },
        'prefer-not': { label: '我不想回答' },
      },
    },
    // ASQ item 1 (NIMH). Translator: use the official NIMH ASQ translation for this language
    // where one exists, and note here which one was used. This is the project's own draft
    // translation, not an official one. 譯者：如有 NIMH 官方 ASQ 中文譯本，請改用其措辭，
    // 並在此註明使用了哪一個版本。目前是本專案的草稿翻譯，不是官方譯本。
    'suicide.wishedDead': {
      label: {
        you: '在過去幾週，您是否曾希望自己已經死了？',
        they: '在過去幾週，您的親人是否曾說過或表現出，希望自己已經死了？',
      },
      short: '希望自己已經死了（過去幾週）',
      options: asqOptions,
    },
    // ASQ item 2 (NIMH). Translator: use the official NIMH ASQ translation where one exists,
    // and note here which one was used. Project draft, not an official translation.
    // 譯者：如有 NIMH 官方譯本請改用，並在此註明；目前不是官方譯本。
    'suicide.betterOff': {
      label: {
        you: '在過去幾週，您是否曾覺得，如果您死了，您或您的家人會過得更好？',
        they: '在過去幾週，您的親人是否曾說過或表現出，覺得如果自己死了，自己或家人會過得更好？',
      },
      short: '覺得死了會更好（過去幾週）',
      options: asqOptions,
    },
    // ASQ item 3 (NIMH). Translator: use the official NIMH ASQ translation where one exists,
    // and note here which one was used. Project draft, not an official translation.
    // 譯者：如有 NIMH 官方譯本請改用，並在此註明；目前不是官方譯本。
    'suicide.thoughts': {
      label: {
        you: '在過去一週，您是否有過想要自殺的念頭？',
        they: '在過去一週，您的親人是否曾說過或表現出，有過想要自殺的念頭？',
      },
      short: '自殺的念頭（過去一週）',
      options: asqOptions,
    },
    // ASQ item 4 (NIMH). Translator: use the official NIMH ASQ translation where one exists,
    // and note here which one was used. Project draft, not an official translation.
    // 譯者：如有 NIMH 官方譯本請改用，並在此註明；目前不是官方譯本。
    'suicide.attempt': {
      label: {
        you: '您是否曾經試圖自殺？',
        they: '據您所知，您的親人是否曾經試圖自殺？',
      },
      short: '過去曾試圖自殺',
      options: asqOptions,
    },
    // ASQ item 5, the acuity question (NIMH). Translator: use the official NIMH ASQ translation
    // where one exists, and note here which one was used. Project draft, not an official
    // translation. 譯者：如有 NIMH 官方譯本請改用，並在此註明；目前不是官方譯本。
    'suicide.now': {
      label: {
        you: '您現在是否有自殺的念頭？',
        they: '您的親人現在是否在談論結束自己的生命，或表現出這樣的跡象？',
      },
      short: '現在有自殺的念頭',
      options: asqOptions,
    },
    'mental.symptoms': {
      label: {
        you: '您最近的心理健康狀況如何？',
        they: '您親人最近的心理健康狀況如何？',
      },
      hint: {
        you: '例如：感到非常難過、擔心、緊繃不安，或覺得不像平常的自己。',
        they: '例如：您的親人感到非常難過、擔心、緊繃不安，或不像平常的自己。',
      },
      short: '心理健康',
      options: {
        none: { label: '沒有問題' },
        mild: { label: '有一些問題，但還應付得來' },
        interfering: { label: '問題讓工作、睡覺或過日子都變得困難' },
        severe: {
          label: '嚴重的問題',
          hint: '看到或聽到別人看不到、聽不到的東西，無法照顧基本生活需要，或感到失控',
        },
      },
    },
    'readiness.stage': {
      label: {
        you: '對於做出改變，您有什麼感覺？',
        they: '對於做出改變，您的親人有什麼感覺？',
      },
      short: '改變的準備程度',
      options: {
        ready: { label: '準備好要做出改變' },
        unsure: { label: '還不確定' },
        pressured: {
          label: '別人比較想要這個改變',
          hint: '例如家人、伴侶、工作單位或法院',
        },
      },
    },
    'history.treatment': {
      label: {
        you: '您以前接受過以下任何一種治療嗎？',
        they: '您的親人以前接受過以下任何一種治療嗎？',
      },
      hint: selectAll,
      short: '過去的治療',
      options: {
        detox: { label: '戒斷治療（排毒）' },
        outpatient: { label: '門診輔導' },
        iop: { label: '密集門診治療（IOP）' },
        php: { label: '部分住院治療或日間計畫（PHP）' },
        residential: { label: '住宿式治療（住在治療中心）' },
        none: noneOfThese,
      },
    },
    'history.relapsedAfter': {
      label: {
        you: '那次治療之後，您又開始使用了嗎？',
        they: '那次治療之後，您的親人又開始使用了嗎？',
      },
      hint: {
        you: '這在康復過程中很常見。這能幫助我們建議合適的支持。',
        they: '這在康復過程中很常見。這能幫助我們建議合適的支持。',
      },
      short: '治療後又開始使用',
      options: yesNo,
    },
    'history.recentDischarge': {
      label: {
        you: '您是否在過去 30 天內完成了住宿式治療或 PHP？',
        they: '您的親人是否在過去 30 天內完成了住宿式治療或 PHP？',
      },
      short: '完成住宿式治療或 PHP（過去 30 天）',
      options: yesNo,
    },
    'living.situation': {
      label: { you: '您現在住在哪裡？', they: '您的親人現在住在哪裡？' },
      short: '居住情況',
      options: {
        stable: { label: '自己的家或家人的家' },
        'sober-living': { label: '戒癮康復之家或康復住所' },
        unstable: {
          label: '臨時住處',
          hint: '例如暫時借住在朋友家，或到處借住',
        },
        homeless: {
          label: '沒有地方住',
          hint: '例如住在街上、車裡或收容所',
        },
      },
    },
    'living.othersUse': {
      label: {
        you: '和您同住的人當中，有人大量喝酒或使用毒品嗎？',
        they: '和您的親人同住的人當中，有人大量喝酒或使用毒品嗎？',
      },
      short: '家中有人大量使用',
      options: yesNo,
    },
    'living.safe': {
      label: {
        you: '您在住的地方覺得安全嗎？',
        they: '您的親人在住的地方覺得安全嗎？',
      },
      hint: {
        you: '安全是指那裡沒有人傷害或威脅您。',
        they: '安全是指那裡沒有人傷害或威脅您的親人。',
      },
      short: '在家覺得安全',
      options: yesNo,
    },
    'living.support': {
      label: {
        you: '您的生活中，有人支持您的康復嗎？',
        they: '您的親人身邊，有支持其康復的人嗎？',
      },
      short: '康復的支持',
      options: {
        strong: { label: '有，很多支持' },
        some: { label: '有一些支持' },
        none: { label: '目前沒有支持' },
      },
    },
    'living.transport': {
      label: {
        you: '您有可靠的方式，每週幾次去赴約看診嗎？',
        they: '您的親人有可靠的方式，每週幾次去赴約看診嗎？',
      },
      short: '有可靠的交通去接受照護',
      options: yesNo,
    },
    'obligations.roles': {
      label: {
        you: '以下哪些是您目前生活的一部分？',
        they: '以下哪些是您親人目前生活的一部分？',
      },
      hint: selectAll,
      short: '工作、上學和照顧家人',
      options: {
        'work-full': { label: '全職工作' },
        'work-part': { label: '兼職工作' },
        school: { label: '上學或上課' },
        children: { label: '照顧孩子' },
        caregiver: {
          label: '照顧另一個人',
          hint: '例如年長的父母或生病的家人',
        },
        none: noneOfThese,
      },
    },
    'obligations.canStepAway': {
      label: {
        you: '您能暫時放下日常生活去接受治療嗎？',
        they: '您的親人能暫時放下日常生活去接受治療嗎？',
      },
      short: '能暫時離開去治療',
      options: {
        yes: { label: '可以，能在治療計畫住上幾週' },
        daytime: {
          label: '平日可以去全天的計畫，但不能過夜',
        },
        no: { label: '不行，治療必須配合工作、上學或照顧家人' },
        unsure: { label: '不確定' },
      },
    },
    'obligations.schedule': {
      label: {
        you: '如果您去接受治療，一天中什麼時段最合適？',
        they: '如果您的親人去接受治療，一天中什麼時段最合適？',
      },
      short: '最適合接受治療的時段',
      options: {
        morning: { label: '上午', hint: '大約上午 9 點到中午' },
        afternoon: { label: '下午', hint: '大約下午 1 點到 4 點' },
        evening: { label: '晚上', hint: '大約晚上 6 點到 9 點' },
        any: { label: '任何時間都可以' },
      },
    },
    'insurance.type': {
      label: {
        you: '您有哪一種健康保險？',
        they: '您的親人有哪一種健康保險？',
      },
      hint: {
        you: '治療中心可以免費幫您查核保險給付範圍。',
        they: '治療中心可以免費查核您親人的保險給付範圍。',
      },
      short: '保險',
      options: {
        commercial: {
          label: '私人保險',
          hint: '透過工作、健康保險交易市場（Marketplace）取得，或自己直接購買',
        },
        medicaid: { label: 'Medicaid', hint: '州政府提供的免費或低價健康保險' },
        medicare: {
          label: 'Medicare',
          hint: '聯邦政府為 65 歲或以上、或有某些身心障礙的人提供的健康保險',
        },
        none: { label: '沒有保險' },
        unsure: { label: '不確定' },
      },
    },
  },

  review: {
    heading: '檢查您的答案',
    intro: '請看一看您的答案。看結果之前，任何答案都可以修改。',
    submit: '查看結果',
    changeHidden: '您對「{question}」的答案',
  },

  levels: {
    residential: {
      name: '住宿式治療',
      inSentence: '住宿式治療',
      summary: '在治療中心住一段時間，日夜都有工作人員提供支持、生活安排和照護。',
      week: [
        '住在中心，一天 24 小時都有支持',
        '每天有固定的時間表：團體和一對一輔導、課程和休息',
        '通常住 30 到 90 天',
      ],
    },
    php: {
      name: '部分住院治療（PHP）',
      inSentence: '部分住院治療（PHP）',
      summary: '一週大部分的日子都有全天的治療計畫，晚上回家住。',
      week: ['一週 5 到 7 天，一天大約 6 小時', '每週 20 小時或以上的治療', '每天晚上回家'],
    },
    iop: {
      name: '密集門診治療（IOP）',
      inSentence: '密集門診治療（IOP）',
      summary: '一週有幾天，每次接受幾小時的治療，同時住在家裡，繼續工作或上學。',
      week: ['一週 3 到 5 天，每次大約 3 小時（一週 9 到 19 小時）', '住在家裡，繼續工作或上學'],
      weekTimes: '上午（9 點到 12 點）、下午（1 點到 4 點）或晚上（6 點到 9 點）的治療時段',
    },
    outpatient: {
      name: '門診輔導',
      inSentence: '門診輔導',
      summary: '定期的輔導，一對一或團體，配合日常生活進行。',
      week: ['一週 1 到 2 次', '一週總共不到 9 小時', '住在家裡'],
    },
    'early-intervention': {
      name: '早期介入',
      inSentence: '早期介入',
      summary: '了解物質使用和它的風險，加上幾次簡短的輔導，在問題變大之前就先處理。',
      week: ['了解酒精和毒品如何影響健康', '幾次簡短的輔導', '定期關心近況'],
    },
  },

  result: {
    heading: {
      you: '可能適合您的照護',
      they: '可能適合您親人的照護',
      staff: '可能適合對方的照護',
    },
    oftenCalled: '通常稱為 ASAM 第 {asam} 級',
    whyHeading: '我們為什麼這樣建議',
    weekHeading: '一週大概是什麼樣子',
    alternativeHeading: '另一個可以詢問的選項',
    alternativeBody: {
      you: '如果{level}現在對您來說有困難，可以詢問{alternative}這個選項。',
      they: '如果{level}現在對您的親人來說有困難，可以詢問{alternative}這個選項。',
      staff: '如果{level}現在對對方來說有困難，可以討論{alternative}這個選項。',
    },
    withdrawalHeading: '戒斷和戒斷治療',
    withdrawal: {
      none: {
        you: '您的答案沒有顯示需要戒斷照護。如果您減量時感到不舒服，請告訴照護團隊。',
        they: '您的答案沒有顯示您的親人需要戒斷照護。如果您的親人減量時感到不舒服，請告訴照護團隊。',
        staff: '答案沒有顯示需要戒斷照護。如果對方減量時感到不舒服，照護團隊應該知道。',
      },
      monitor: {
        you: '有可能出現戒斷。請留意發抖、流汗、感到焦慮、肚子不舒服或睡不好等徵兆，並告訴您的照護團隊。',
        they: '您的親人有可能出現戒斷。請留意發抖、流汗、感到焦慮、肚子不舒服或睡不好等徵兆，並告訴照護團隊。',
        staff:
          '有可能出現戒斷。要留意的徵兆：發抖、流汗、感到焦慮、肚子不舒服或睡不好。照護團隊應該知道這些情況。',
      },
      ambulatory: {
        you: '一開始可能需要在醫療監督下進行戒斷治療。醫生或護理師可以幫您安全地停用，通常不需要過夜。',
        they: '一開始可能需要在醫療監督下進行戒斷治療。醫生或護理師可以幫您的親人安全地停用，通常不需要過夜。',
        staff:
          '一開始可能需要在醫療監督下進行戒斷治療。醫生或護理師可以幫對方安全地停用，通常不需要過夜。',
      },
      inpatient: {
        you: '停用可能有危險。在日夜都有工作人員的機構接受醫療監測的戒斷照護，是最安全的開始方式。請不要自己突然停用。',
        they: '停用對您的親人可能有危險。在日夜都有工作人員的機構接受醫療監測的戒斷照護，是最安全的開始方式。您的親人不應該自己突然停用。',
        staff:
          '停用對對方可能有危險。在日夜都有工作人員的機構接受醫療監測的戒斷照護，是最安全的開始方式。對方不應該在沒有醫療協助下突然停用。',
      },
    },
    urgency: {
      today: {
        title: '今天就打電話',
        body: {
          you: '請今天就打電話。您的答案顯示最好不要等。您不需要把所有事情都想清楚。',
          they: '請今天就打電話。您的答案顯示，對您的親人來說最好不要等。您可以替您的親人打，也可以和您的親人一起打。',
        },
      },
      soon: {
        title: '盡快打電話',
        body: {
          you: '請盡量在這幾天內打電話。越早打，就能越早得到支持。',
          they: '請盡量在這幾天內打電話。您越早打，您的親人就能越早得到支持。',
        },
      },
    },
    callHeading: '找人談談',
    callBody:
      '撥打 {phone} 給 {center}，接受免費、保密的評估。臨床專業人員會幫忙決定哪一種照護適合。',
    sharedWithPartner: '{partner} 只知道建議的是哪一種照護，絕不會看到您的答案。',
    notesHeading: '值得知道',
    safetyHeading: {
      you: '為了保持安全',
      they: '為了讓您的親人保持安全',
      staff: '安全',
    },
    scheduleAsk: {
      you: '請要求最適合您的治療時段。',
      they: '請要求最適合您親人的治療時段。',
      staff: '請詢問哪個治療時段最適合對方。',
    },
    notDiagnosis: {
      you: '這不是診斷，只是根據您的答案。照護的最後決定由臨床專業人員做出。',
      they: '這不是診斷，只是根據您的答案。照護的最後決定由臨床專業人員做出。',
      staff: '這不是診斷，只是根據通話中得到的答案。照護的最後決定由臨床專業人員做出。',
    },
    printHint: '把這一頁列印或儲存下來，打電話時放在身邊。',
    crisisResourcesTitle: '今天就找人談談：撥打或傳簡訊到 988',
    urgentPrefix: '緊急建議：',
    scheduleChosen: {
      you: '您選了：{time}。',
      they: '您選了：{time}。',
      staff: '偏好的時間：{time}。',
    },
    medicaidFallback: 'Medicaid',
  },

  reasons: {
    // Emergency (Step 0)
    'emergency-danger-now': {
      you: '您說現在有人有危險，例如用藥過量的徵兆、癲癇發作、胸痛、呼吸困難或叫不醒。',
      they: '您說您的親人或其他人現在有危險，例如用藥過量的徵兆、癲癇發作、胸痛、呼吸困難或叫不醒。',
      staff: '來電者說現在有人有危險，例如用藥過量的徵兆、癲癇發作、胸痛、呼吸困難或叫不醒。',
    },
    'emergency-suicide-now': {
      you: '您說您現在有自殺的念頭，或您選擇不回答。',
      they: '您說您的親人現在在談論結束自己的生命，或表現出這樣的跡象，或您選擇不回答。',
      staff: '答案顯示對方現在有結束自己生命的念頭，或來電者選擇不回答。',
    },
    'emergency-severe-withdrawal': {
      you: '您說您有嚴重的戒斷徵兆，例如癲癇發作、看到或聽到不存在的東西、混亂，或喝什麼都吐出來。這需要馬上就醫。',
      they: '您說您的親人有嚴重的戒斷徵兆，例如癲癇發作、看到或聽到不存在的東西、混亂，或喝什麼都吐出來。這需要馬上就醫。',
      staff:
        '對方有嚴重的戒斷徵兆，例如癲癇發作、看到或聽到不存在的東西、混亂，或喝什麼都吐出來。這需要馬上就醫。',
    },

    // Base level (Step 3)
    'no-substance-use': {
      you: '您說您在過去 12 個月內沒有喝酒或使用毒品。',
      they: '您說您的親人在過去 12 個月內沒有喝酒或使用毒品。',
      staff: '對方在過去 12 個月內沒有喝酒或使用毒品。',
    },
    'few-signs-of-use-disorder': {
      you: '在物質使用問題的徵兆中，您最多只選了一項。單看這一點，適合多了解相關知識，並和輔導員做幾次簡短的談話。',
      they: '在物質使用問題的徵兆中，您為您的親人最多只選了一項。單看這一點，適合多了解相關知識，並和輔導員做幾次簡短的談話。',
      staff:
        '答案顯示的物質使用問題徵兆最多只有一項。單看這一點，適合多了解相關知識，並和輔導員做幾次簡短的談話。',
    },
    'not-using-past-month': {
      you: '您說您在過去 30 天內沒有使用。定期輔導可以幫助您繼續保持。',
      they: '您說您的親人在過去 30 天內沒有使用。定期輔導可以幫助您的親人繼續保持。',
      staff: '對方在過去 30 天內沒有使用。定期輔導可以幫助對方繼續保持。',
    },
    'mild-use-disorder': {
      you: '在物質使用問題的徵兆中，您選了 2 或 3 項。單看這一點，通常適合每週一到兩次的輔導。',
      they: '在物質使用問題的徵兆中，您為您的親人選了 2 或 3 項。單看這一點，通常適合每週一到兩次的輔導。',
      staff: '答案顯示 2 或 3 項物質使用問題的徵兆。單看這一點，通常適合每週一到兩次的輔導。',
    },
    'moderate-use-disorder': {
      you: '在物質使用問題的徵兆中，您選了 4 或 5 項。單看這一點，通常適合一週幾天、每次幾小時的治療。',
      they: '在物質使用問題的徵兆中，您為您的親人選了 4 或 5 項。單看這一點，通常適合一週幾天、每次幾小時的治療。',
      staff:
        '答案顯示 4 或 5 項物質使用問題的徵兆。單看這一點，通常適合一週幾天、每次幾小時的治療。',
    },
    'severe-use-disorder': {
      you: '在物質使用問題的徵兆中，您選了 6 項或更多。單看這一點，通常適合一週大部分日子的全天計畫。',
      they: '在物質使用問題的徵兆中，您為您的親人選了 6 項或更多。單看這一點，通常適合一週大部分日子的全天計畫。',
      staff:
        '答案顯示 6 項或更多物質使用問題的徵兆。單看這一點，通常適合一週大部分日子的全天計畫。',
    },

    // Floors (Step 3)
    'withdrawal-can-be-dangerous': {
      you: '您經常喝酒或服用鎮靜劑，而您的答案顯示，停用可能引起危險的戒斷，例如癲癇發作。在 24 小時醫療照護下停用最安全。',
      they: '您的親人經常喝酒或服用鎮靜劑，而您的答案顯示，您的親人停用可能引起危險的戒斷，例如癲癇發作。在 24 小時醫療照護下停用最安全。',
      staff:
        '對方經常喝酒或服用鎮靜劑，而答案顯示，停用可能引起危險的戒斷，例如癲癇發作。在 24 小時醫療照護下停用最安全。',
    },
    'medical-needs-care': {
      you: '您說您有沒控制好、或需要經常接受醫療照護的健康問題。身邊有醫護人員的照護會有幫助。',
      they: '您說您的親人有沒控制好、或需要經常接受醫療照護的健康問題。身邊有醫護人員的照護會有幫助。',
      staff: '對方有沒控制好、或需要經常接受醫療照護的健康問題。身邊有醫護人員的照護會有幫助。',
    },
    'mental-health-needs-close-care': {
      you: '您關於心理健康或自殺念頭的答案顯示，每天有更多支持的照護，能幫助您保持安全。',
      they: '您關於心理健康或自殺念頭的答案顯示，每天有更多支持的照護，能幫助您的親人保持安全。',
      staff: '關於心理健康或自殺念頭的答案顯示，每天有更多支持的照護，能幫助對方保持安全。',
    },
    'mental-health-needs-support': {
      you: '您關於自己近來感受的答案顯示，您可能需要比每週一次輔導更多的支持。',
      they: '您關於您的親人近來感受的答案顯示，您的親人可能需要比每週一次輔導更多的支持。',
      staff: '關於對方近來感受的答案顯示，對方可能需要比每週一次輔導更多的支持。',
    },
    'returned-to-use-after-intensive-care': {
      you: '您說在密集治療（IOP、PHP 或住宿式治療）之後，您又開始使用了。這次多一些支持時數可能會有幫助。',
      they: '您說在密集治療（IOP、PHP 或住宿式治療）之後，您的親人又開始使用了。這次多一些支持時數可能會有幫助。',
      staff:
        '對方在密集治療（IOP、PHP 或住宿式治療）之後又開始使用。這次多一些支持時數可能會有幫助。',
    },
    'high-chance-of-continued-use': {
      you: '您說治療後您又開始使用，或您幾乎每天使用，並選了很多使用問題的徵兆。更多的支持可以幫助您停用或減量。',
      they: '您說治療後您的親人又開始使用，或您的親人幾乎每天使用，而您選了很多使用問題的徵兆。更多的支持可以幫助您的親人停用或減量。',
      staff:
        '對方治療後又開始使用，或幾乎每天使用，並有很多使用問題的徵兆。更多的支持可以幫助對方停用或減量。',
    },
    'no-safe-place-to-live': {
      you: '您說您沒有穩定的住處，或在住的地方覺得不安全。',
      they: '您說您的親人沒有穩定的住處，或在住的地方覺得不安全。',
      staff: '對方沒有穩定的住處，或在住的地方覺得不安全。',
    },
    'home-makes-recovery-hard': {
      you: '您說您的住處不穩定，或家裡有人大量喝酒或使用毒品，而且沒有人支持您的康復。這會讓在家康復變得困難。',
      they: '您說您親人的住處不穩定，或家裡有人大量喝酒或使用毒品，而且沒有人支持您親人的康復。這會讓在家康復變得困難。',
      staff:
        '對方的住處不穩定，或家裡有人大量喝酒或使用毒品，而且沒有人支持對方的康復。這會讓在家康復變得困難。',
    },
    'home-needs-more-support': {
      you: '您說家裡有人大量喝酒或使用毒品，或您身邊沒有人支持您的康復。多花一些時間接受治療，可以補上這份支持。',
      they: '您說您親人的家裡有人大量喝酒或使用毒品，或您的親人身邊沒有人支持其康復。多花一些時間接受治療，可以補上這份支持。',
      staff:
        '對方家裡有人大量喝酒或使用毒品，或對方身邊沒有人支持其康復。多花一些時間接受治療，可以補上這份支持。',
    },
    'recently-finished-intensive-care': {
      you: '您說您在過去 30 天內完成了住宿式治療或 PHP。之後繼續接受照護，有助於保持您的進步。',
      they: '您說您的親人在過去 30 天內完成了住宿式治療或 PHP。之後繼續接受照護，有助於保持您親人的進步。',
      staff: '對方在過去 30 天內完成了住宿式治療或 PHP。之後繼續接受照護，有助於保持對方的進步。',
    },

    // Withdrawal management (Step 4)
    'withdrawal-inpatient': {
      you: '因為戒斷可能有危險，在日夜都有醫護人員的機構裡停用最安全。',
      they: '因為戒斷對您的親人可能有危險，在日夜都有醫護人員的機構裡停用最安全。',
      staff: '因為戒斷對對方可能有危險，在日夜都有醫護人員的機構裡停用最安全。',
    },
    'withdrawal-ambulatory': {
      you: '您的答案顯示，您在減量或停用時有、或可能會有戒斷。一開始可能需要醫生或護理師協助。',
      they: '您的答案顯示，您的親人在減量或停用時有、或可能會有戒斷。一開始可能需要醫生或護理師協助。',
      staff: '答案顯示，對方在減量或停用時有、或可能會有戒斷。一開始可能需要醫生或護理師協助。',
    },
    'withdrawal-monitor': {
      you: '您經常使用酒精、鎮靜劑或鴉片類藥物，所以有可能出現戒斷。請留意徵兆，並告訴您的照護團隊。',
      they: '您的親人經常使用酒精、鎮靜劑或鴉片類藥物，所以有可能出現戒斷。請留意徵兆，並告訴照護團隊。',
      staff: '對方經常使用酒精、鎮靜劑或鴉片類藥物，所以有可能出現戒斷。照護團隊應留意徵兆。',
    },

    // Urgency (Step 5)
    'call-today-withdrawal': {
      you: '您的答案顯示可能有戒斷的情況，而且可能很快變嚴重。今天打電話，就能安全地開始得到幫助。',
      they: '您的答案顯示您的親人可能有戒斷的情況，而且可能很快變嚴重。今天打電話，就能安全地開始得到幫助。',
      staff: '答案顯示可能有戒斷的情況，而且可能很快變嚴重。今天評估，就能安全地開始得到幫助。',
    },
    'call-today-medical': {
      you: '您說您有沒控制好的健康問題，或您懷孕了。最好不要拖延，盡快開始照護。',
      they: '您說您的親人有沒控制好的健康問題，或您的親人懷孕了。最好不要拖延，盡快開始照護。',
      staff: '對方有沒控制好的健康問題，或懷孕了。最好不要拖延，盡快開始照護。',
    },
    'call-today-mental-health': {
      you: '您關於心理健康或自殺念頭的答案表示，今天就找人談談很重要。',
      they: '您關於您親人的心理健康或自殺念頭的答案表示，您的親人今天就找人談談很重要。',
      staff: '關於對方心理健康或自殺念頭的答案表示，對方今天就找人談談很重要。',
    },
    'call-today-safe-place': {
      you: '您現在沒有安全、穩定的住處。中心今天就可以和您討論有哪些選擇。',
      they: '您的親人現在沒有安全、穩定的住處。中心今天就可以和您討論有哪些選擇。',
      staff: '對方現在沒有安全、穩定的住處。今天就值得討論有哪些選擇。',
    },
    'call-today-suicide-screen': {
      you: '您對自殺相關問題的答案表示，今天就找人談談很重要。',
      they: '您對自殺相關問題的答案表示，您的親人今天就找人談談很重要。',
      staff: '自殺篩檢問題的答案表示，對方今天就找人談談很重要。',
    },
    'call-today-tolerance-loss': {
      you: '停用鴉片類藥物一段時間後，身體無法承受平常的用量。今天就接受照護，可以降低用藥過量的風險。',
      they: '停用鴉片類藥物一段時間後，身體無法承受平常的用量。今天就接受照護，可以降低您的親人用藥過量的風險。',
      staff:
        '停用鴉片類藥物一段時間後，身體無法承受平常的用量。今天接受照護，可以降低對方用藥過量的風險。',
    },

    // Alternative (Step 6)
    'alternative-day-program': {
      you: '您說平日可以去全天的計畫，但不能過夜。日間計畫（PHP）是一個可以詢問的選項。',
      they: '您說您的親人平日可以去全天的計畫，但不能過夜。日間計畫（PHP）是一個可以詢問的選項。',
      staff: '對方平日可以去全天的計畫，但不能過夜。可以討論日間計畫（PHP）這個選項。',
    },
    'alternative-fits-around-life': {
      you: '您說治療必須配合工作、上學或照顧家人。一天幾小時的密集門診治療（IOP）是一個可以詢問的選項。',
      they: '您說治療必須配合您親人的工作、上學或照顧家人。一天幾小時的密集門診治療（IOP）是一個可以詢問的選項。',
      staff:
        '治療必須配合對方的工作、上學或照顧家人。可以討論一天幾小時的密集門診治療（IOP）這個選項。',
    },
  },

  notes: {
    readiness: {
      you: '對於做出改變感到不確定，是很正常的。第一通電話只是談一談，不會讓您承諾任何事。',
      they: '您的親人對於做出改變感到不確定，是很正常的。第一通電話只是談一談，不會讓任何人承諾任何事，您也可以問問該怎麼幫忙。',
      staff: '對於做出改變感到不確定是正常的。第一次評估只是談一談，對方不必承諾任何事。',
    },
    transport: {
      you: '每週去接受好幾次治療可能不容易。請向中心詢問接送協助，或遠距醫療（用視訊接受治療）。',
      they: '每週去接受好幾次治療可能不容易。請向中心詢問您親人的接送協助，或遠距醫療（用視訊接受治療）。',
      staff: '對方每週去接受好幾次治療可能不容易。值得提供接送協助，或遠距醫療（用視訊接受治療）。',
    },
    schedule: {
      you: '治療時段通常在上午（大約 9 點到 12 點）、下午（大約 1 點到 4 點）或晚上（大約 6 點到 9 點）。請要求最適合您的時間。',
      they: '治療時段通常在上午（大約 9 點到 12 點）、下午（大約 1 點到 4 點）或晚上（大約 6 點到 9 點）。請要求最適合您親人的時間。',
      staff:
        '治療時段通常在上午（大約 9 點到 12 點）、下午（大約 1 點到 4 點）或晚上（大約 6 點到 9 點）。',
    },
    pregnancy: {
      you: '打電話時，請先說您懷孕了。很多計畫會優先照顧懷孕的人。沒有醫療建議，請不要突然停用鴉片類藥物、酒精或鎮靜劑，這對您和寶寶都可能有風險。',
      they: '打電話時，請先說您的親人懷孕了。很多計畫會優先照顧懷孕的人。沒有醫療建議，您的親人不應該突然停用鴉片類藥物、酒精或鎮靜劑，這對您的親人和寶寶都可能有風險。',
      staff:
        '對方懷孕了。很多計畫會優先收懷孕的人，所以轉介時請先提到這一點。沒有醫療建議，對方不應該突然停用鴉片類藥物、酒精或鎮靜劑：這對對方和寶寶都可能有風險。',
    },
    insurance: {
      commercial: {
        you: '當這些照護在醫療上有必要時，大多數保險計畫都會給付。一項聯邦法律（稱為「平等給付」，parity）規定，對這類照護的限制不能比其他醫療照護更嚴格。',
        they: '當這些照護在醫療上有必要時，大多數保險計畫都會給付。一項聯邦法律（稱為「平等給付」，parity）規定，對這類照護的限制不能比其他醫療照護更嚴格。',
        staff:
          '當這些照護在醫療上有必要時，大多數保險計畫都會給付。一項聯邦法律（稱為「平等給付」，parity）規定，對這類照護的限制不能比其他醫療照護更嚴格。',
      },
      medicaid: {
        you: '{program} 給付這裡的許多種照護。給付範圍可能因州或郡而不同。中心可以幫您查核。',
        they: '{program} 給付這裡的許多種照護。給付範圍可能因州或郡而不同。中心可以幫您查核您親人的給付範圍。',
        staff:
          '{program} 給付這裡的許多種照護。給付範圍可能因州或郡而不同，值得查核對方的給付範圍。',
      },
      medicare: {
        you: 'Medicare 給付門診輔導、密集門診治療（IOP）和部分住院治療（PHP）。住宿式治療的給付有限。請問中心您的保險計畫給付哪些。',
        they: 'Medicare 給付門診輔導、密集門診治療（IOP）和部分住院治療（PHP）。住宿式治療的給付有限。請問中心您親人的保險計畫給付哪些。',
        staff:
          'Medicare 給付門診輔導、密集門診治療（IOP）和部分住院治療（PHP）。住宿式治療的給付有限：要看對方的保險計畫。',
      },
      none: {
        you: '您還是可以得到照護。請詢問州政府資助的計畫，以及按收入調整的收費（浮動收費）。您也可以撥打免費的 SAMHSA 全國求助熱線 1-800-662-4357。',
        they: '您的親人還是可以得到照護。請詢問州政府資助的計畫，以及按收入調整的收費（浮動收費）。您也可以撥打免費的 SAMHSA 全國求助熱線 1-800-662-4357。',
        staff:
          '對方沒有保險，但還是可以得到照護：州政府資助的計畫、按收入調整的收費（浮動收費），或免費的 SAMHSA 全國求助熱線 1-800-662-4357。',
      },
      unsure: {
        you: '沒關係。您打電話時，治療中心可以免費查核您的保險給付範圍。',
        they: '沒關係。您打電話時，治療中心可以免費查核您親人的保險給付範圍。',
        staff: '對方不確定自己的保險。可以免費查核給付範圍。',
      },
    },
    'crisis-resources': {
      you: '請今天就找人談談。您隨時都可以打電話或傳簡訊到 988 自殺與危機生命線，白天晚上都可以。免費且保密。',
      they: '請幫助您的親人今天就找人談談。您或您的親人隨時都可以打電話或傳簡訊到 988 自殺與危機生命線，白天晚上都可以。免費且保密，您也可以打電話問該怎麼幫忙。',
      staff:
        '自殺篩檢結果為陽性。對方今天應該找人談談：988 自殺與危機生命線免費且保密，可以打電話或傳簡訊，白天晚上都可以。',
    },
    naloxone: {
      you: '納洛酮（Narcan）可以逆轉鴉片類藥物過量。很多藥局不需要處方就能買到。請隨身攜帶，並告訴別人放在哪裡。用藥過量的徵兆：叫不醒、呼吸慢或沒有呼吸、嘴唇發青或發灰。興奮劑和假藥丸常常摻有芬太尼，所以即使您不使用鴉片類藥物，這也很重要。',
      they: '納洛酮（Narcan）可以逆轉鴉片類藥物過量。很多藥局不需要處方就能買到。請放在您和您的親人拿得到的地方。用藥過量的徵兆：叫不醒、呼吸慢或沒有呼吸、嘴唇發青或發灰。興奮劑和假藥丸常常摻有芬太尼，所以即使您的親人不使用鴉片類藥物，這也很重要。',
      staff:
        '納洛酮（Narcan）可以逆轉鴉片類藥物過量，很多藥局不需要處方就能買到。對方和身邊的人應該把它放在近處。用藥過量的徵兆：叫不醒、呼吸慢或沒有呼吸、嘴唇發青或發灰。興奮劑和假藥丸常常摻有芬太尼，所以即使沒有使用鴉片類藥物，這也很重要。',
    },
    'tolerance-loss': {
      you: '停用鴉片類藥物一段時間後，例如戒斷治療、治療期間或一段時間沒有使用，您的身體就承受不了那麼多。以前平常的用量，現在可能致命。請把納洛酮放在身邊。',
      they: '停用鴉片類藥物一段時間後，例如戒斷治療、治療期間或一段時間沒有使用，您親人的身體就承受不了那麼多。以前平常的用量，現在可能致命。請把納洛酮放在身邊。',
      staff:
        '停用鴉片類藥物一段時間後，例如戒斷治療、治療期間或一段時間沒有使用，對方的身體就承受不了那麼多。以前平常的用量，現在可能致命。納洛酮應該放在身邊。',
    },
    moud: {
      you: '治療鴉片類藥物使用障礙的藥物（丁基原啡因、美沙冬和納曲酮）在每一種照護程度都有效。請向中心詢問。',
      they: '治療鴉片類藥物使用障礙的藥物（丁基原啡因、美沙冬和納曲酮）在每一種照護程度都有效。請為您的親人向中心詢問。',
      staff:
        '治療鴉片類藥物使用障礙的藥物（丁基原啡因、美沙冬和納曲酮）在每一種照護程度都有效，值得和對方討論。',
    },
    'aud-meds': {
      you: '納曲酮和阿坎酸等藥物可以幫助人減少喝酒或戒酒。請向中心詢問。',
      they: '納曲酮和阿坎酸等藥物可以幫助人減少喝酒或戒酒。請為您的親人向中心詢問。',
      staff: '納曲酮和阿坎酸等藥物可以幫助人減少喝酒或戒酒，值得和對方討論。',
    },
    adolescent: {
      you: '給年輕人的計畫不一樣。時間安排、上學和家人參與都是為青少年設計的。中心會告訴您是否服務未滿 18 歲的人，或幫您找到有服務的計畫。',
      they: '給年輕人的計畫不一樣。時間安排、上學和家人參與都是為青少年設計的。中心會告訴您是否服務未滿 18 歲的人，或幫您找到有服務的計畫。',
      staff:
        '對方未滿 18 歲。給年輕人的計畫不一樣：時間安排、上學和家人參與都是為青少年設計的。請確認該計畫服務未滿 18 歲的人，或轉介到有服務的計畫。',
    },
    'mental-health-referral': {
      you: '您近來的感受很重要。和心理健康專業人員談談，例如輔導員或醫生，也會有幫助。',
      they: '您的親人近來的感受很重要。和心理健康專業人員談談，例如輔導員或醫生，也會對您的親人有幫助。',
      staff: '對方近來的感受很重要。心理健康專業人員，例如輔導員或醫生，也能提供幫助。',
    },
  },

  handoff: {
    heading: '您的答案代碼',
    body: {
      you: '打電話時唸出這個代碼，就不用再回答一次。任何人拿到這個代碼都能看到您的答案：只跟中心分享。',
      they: '打電話時唸出這個代碼，就不用再回答一次。任何人拿到這個代碼都能看到您關於親人的答案：只跟中心分享。',
    },
    keep: '如果想之後再回來（在這裡或其他裝置上），請把代碼寫下來或截圖，然後選擇「{question}」。',
    copy: '複製代碼',
    copied: '代碼已複製。',
    copyFailed: '無法複製。您可以改為唸出來或寫下來。',
    staffHeading: '來電者有代碼嗎？',
    staffHint: '如果來電者做過這項線上檢查，請輸入對方唸出的代碼。破折號和空格可有可無。',
    label: '來電者的代碼',
    open: '打開對方的答案',
    errors: {
      empty: '請輸入來電者唸出的代碼。',
      character: '代碼裡不會有「{character}」。請來電者再唸一次那一段。',
      tooShort: '這個代碼太短。請來電者把整個代碼唸完。',
      tooLong: '這個代碼太長。請來電者再唸一次。',
      mistake: '這個代碼有錯誤。請來電者再唸一次。',
      version: '這個代碼來自另一個版本的線上檢查。請改為直接問問題。',
    },
    self: {
      label: '結果頁上的代碼',
      hint: '請輸入您寫下或儲存的代碼。破折號和空格可有可無。看結果之前，您會再看到一次答案。',
      open: '打開答案',
      errors: {
        empty: '請輸入結果頁上的代碼。',
        character: '代碼裡不會有「{character}」。請檢查代碼的那一段。',
        tooShort: '這個代碼太短。請確認您輸入了完整的代碼。',
        tooLong: '這個代碼太長。請檢查後再試一次。',
        mistake: '這個代碼有錯誤。請檢查每個字母和數字，然後再試一次。',
        version: '這個代碼來自另一個版本的檢查。請再回答一次問題。',
      },
    },
  },
  staff: {
    start: {
      intro: [
        '把每個問題唸給來電者聽，並選擇對方的答案。對方可能是為自己打來，也可能是為關心的人打來。',
        '最後，您會看到建議的照護程度，以及一份可以複製的收案記錄。',
      ],
      time: '通話中大約 5–10 分鐘',
      privacy:
        '請告訴來電者：答案只留在這個瀏覽器裡，不會傳送給任何人。按下「{newCaller}」就會清除。',
      privacyShared:
        '請告訴來電者：答案只留在這個瀏覽器裡。最後，{partner} 只會知道建議的是哪一種照護，絕不會看到答案。按下「{newCaller}」就會清除。',
      notDiagnosis: '請告訴來電者這不是診斷。由臨床專業人員進行的評估，才能決定哪一種照護適合。',
    },
    review: {
      heading: '檢查來電者的答案',
      intro: '把答案唸回給來電者聽。今天有不同的就修改，然後查看結果。',
    },
    ui: {
      ask: '請問：',
      panelTitle: '即時評分',
      panelNote: '還沒問到的問題，以最低風險計算。',
      rating: '{n}／4',
      severity: '嚴重程度',
      criteria: '11 項準則中符合 {n} 項',
      provisionalLevel: '暫定程度',
      emergency: '緊急',
      shortcutsTitle: '鍵盤快速鍵',
      shortcutNumbers: '1–9：在目前的問題中選擇該答案',
      shortcutEnter: 'Enter：繼續',
      shortcutBack: 'Alt + 左方向鍵：返回',
      shortcutToggle: '用數字鍵選擇答案',
      noteHeading: '收案記錄',
      copyNote: '複製收案記錄',
      copied: '已複製',
      copyFailed: '複製被封鎖了。記錄已在下方選取：請按 Ctrl+C 複製。',
      newCaller: '新的來電者',
      newCallerConfirm: '要為新的來電者清除所有答案嗎？這無法復原。',
      newCallerYes: '是，全部清除',
      cancel: '取消',
      crisisHeading: '工作人員：請陪在來電者身邊',
      crisisSteps: [
        '留在線上，不要掛斷。',
        '如果現在有任何人有危險，請撥打 911，或請來電者撥打 911。',
        '如果有自殺的念頭，請陪同轉接到 988：在幫對方接通的過程中，您要一直留在線上。',
        '遵照您中心的危機處理流程，並告訴您的主管。',
      ],
    },
    result: {
      nextStep: {
        today: {
          title: '下一步：提供今天的評估',
          body: '答案顯示應該立即接受照護。請提供今天的臨床評估。如果今天沒有空檔，請預約最早的一個，並確認對方有危機求助電話。',
        },
        soon: {
          title: '下一步：提供這幾天內的評估',
          body: '請在這幾天內提供臨床評估，或安排在配合對方作息的時間。',
        },
      },
      crisisResourcesTitle: '自殺篩檢結果為陽性：今天就幫對方聯繫 988',
    },
    dimensions: {
      d1: '急性中毒和／或戒斷的可能性',
      d2: '生理醫療狀況和併發症',
      d3: '情緒、行為或認知狀況和併發症',
      d4: '改變的準備程度',
      d5: '復發、持續使用或問題持續的可能性',
      d6: '康復／生活環境',
    },
    severity: { none: '無', mild: '輕度', moderate: '中度', severe: '重度' },
    note: {
      title: '照護程度篩檢：收案記錄',
      notDiagnosis: '根據本人或來電者自述的篩檢，不是診斷。',
      dateTime: '日期和時間',
      center: '中心',
      appVersion: '應用程式版本',
      contractVersion: '規格版本',
      answersHeading: '答案',
      sections: {
        respondent: '作答者',
        about: '關於對方',
        safety: '現在的安全',
        use: '物質使用',
        withdrawal: '戒斷',
        medical: '身體健康',
        suicide: '自殺風險篩檢（ASQ）',
        mental: '心理健康',
        readiness: '改變的準備程度',
        history: '治療經歷',
        living: '居住情況和支持',
        obligations: '工作、上學和家庭',
        insurance: '保險',
      },
      dimensionsHeading: '各面向評分（0-4）',
      resultHeading: '結果',
      severity: '嚴重程度',
      criteriaCount: '符合準則數',
      level: '照護程度',
      emergency: '緊急',
      withdrawal: '戒斷處理',
      withdrawalValues: {
        none: '未顯示需要',
        monitor: '留意戒斷徵兆',
        ambulatory: '門診式（一開始可能需要醫療監督下的戒斷治療）',
        inpatient: '住院式（醫療監測下的戒斷處理，3.7-WM）',
      },
      urgency: '緊急程度',
      urgencyValues: {
        emergency: '緊急：先打 911 或 988，再做其他事',
        today: '今天打電話',
        soon: '盡快（這幾天內）',
      },
      alternative: '可討論的替代選項',
      none: '無',
      reasonsHeading: '原因',
      notesHeading: '注意事項',
    },
  },

  programs: zhHantPrograms,
  call: zhHantCall,
  interpreter: zhHantInterpreter,
} satisfies LaterWords;
