/**
 * 简体中文：检查答案、结果、注意事项和工作人员模式。在对方开始作答后才加载
 * （src/app/deferred.ts）。语气同 ./zh-Hans.core.ts。草稿，尚未经专业翻译人员审阅。
 *
 * ASQ（NIMH 的自杀风险筛查问题）：这里的五题是本项目自己的草稿翻译，不是官方译本。
 * 见每一题上方给译者的说明。
 */
import { zhHansInterpreter } from './zh-Hans.interpreter';
import type { LaterWords } from './types';
import { zhHansPrograms } from './zh-Hans.programs';
import { zhHansCall } from './zh-Hans.call';

const selectAll = { you: '请选择所有符合的项目。', they: '请选择所有符合的项目。' };
const yesNo = { yes: { label: '是' }, no: { label: '否' } };
const asqOptions = {
  yes: { label: '是' },
  no: { label: '否' },
  decline: { label: '我不想回答' },
};
const noneOfThese = { label: '以上都没有' };

export const zhHansLater = {
  screens: {
    respondent: { you: '这是替谁回答？', they: '这是替谁回答？' },
    age: { you: '关于您', they: '关于您的亲人' },
    danger: { you: '现在的安全', they: '现在的安全' },
    substances: { you: '物质使用', they: '物质使用' },
    frequency: { you: '您使用的频率', they: '您的亲人使用的频率' },
    criteria: { you: '使用对您生活的影响', they: '使用对您亲人生活的影响' },
    withdrawal: { you: '停用或减量', they: '停用或减量' },
    medical: { you: '您的健康', they: '您亲人的健康' },
    // The ASQ screen's heading (not an ASQ item).
    asq: {
      you: '我们会问每个人的问题，好让您得到合适的支持',
      they: '我们会问每个人的问题，好让您的亲人得到合适的支持',
    },
    'asq-now': { you: '您现在的安全', they: '您亲人现在的安全' },
    mental: { you: '您的心理健康', they: '您亲人的心理健康' },
    readiness: { you: '做出改变', they: '做出改变' },
    treatment: { you: '过去的治疗', they: '过去的治疗' },
    home: { you: '您住在哪里', they: '您的亲人住在哪里' },
    'home-safety': { you: '家中的安全', they: '家中的安全' },
    support: { you: '支持和交通', they: '支持和交通' },
    obligations: { you: '工作、上学和家庭', they: '工作、上学和家庭' },
    schedule: { you: '最适合接受治疗的时段', they: '最适合接受治疗的时段' },
    insurance: { you: '保险', they: '保险' },
  },

  questions: {
    'about.age': {
      label: { you: '您几岁？', they: '您的亲人几岁？' },
      short: '年龄',
      options: {
        'under-18': { label: '未满 18 岁' },
        '18-64': { label: '18 到 64 岁' },
        '65-plus': { label: '65 岁或以上' },
      },
    },
    'safety.emergencyNow': {
      label: {
        you: '您，或您身边的任何人，现在有危险吗？',
        they: '您的亲人，或任何其他人，现在有危险吗？',
      },
      hint: {
        you: '这是指用药过量的征兆（例如呼吸慢或没有呼吸，或嘴唇发青）、癫痫发作、胸痛、呼吸困难，或有人叫不醒。',
        they: '这是指用药过量的征兆（例如呼吸慢或没有呼吸，或嘴唇发青）、癫痫发作、胸痛、呼吸困难，或有人叫不醒。',
      },
      short: '现在有危险',
      options: yesNo,
    },
    'use.substances': {
      label: {
        you: '在过去 12 个月内，您使用过以下哪些？',
        they: '在过去 12 个月内，您的亲人使用过以下哪些？',
      },
      hint: selectAll,
      short: '使用过的物质',
      options: {
        alcohol: { label: '酒精' },
        opioids: { label: '阿片类药物', hint: '例如海洛因、芬太尼或止痛药' },
        benzodiazepines: {
          label: '苯二氮䓬类药物或其他镇静剂',
          hint: '例如 Xanax、Valium、Klonopin，或其他治疗焦虑或帮助睡眠的药',
        },
        stimulants: {
          label: '兴奋剂',
          hint: '例如冰毒（甲基苯丙胺）、可卡因或兴奋剂药丸',
        },
        cannabis: { label: '大麻', hint: '例如大麻烟、大麻食品或电子烟' },
        other: { label: '其他毒品或药物', hint: '这里没有列出的任何毒品或药物' },
        none: noneOfThese,
      },
    },
    'use.frequency': {
      label: {
        you: '在过去 30 天内，您所选的任何一种物质，您多久使用一次？',
        they: '在过去 30 天内，您所选的任何一种物质，您的亲人多久使用一次？',
      },
      short: '频率（过去 30 天）',
      options: {
        daily: { label: '每天或几乎每天' },
        weekly: { label: '每周至少一次，但不是每天' },
        monthly: { label: '每周不到一次' },
        'not-recent': { label: '过去 30 天内完全没有' },
      },
    },
    'use.lastUse': {
      label: { you: '您上次使用是什么时候？', they: '您的亲人上次使用是什么时候？' },
      short: '上次使用',
      options: {
        today: { label: '过去 24 小时内' },
        days: { label: '1 到 7 天前' },
        weeks: { label: '8 到 30 天前' },
      },
    },
    'use.criteria': {
      label: {
        you: '在过去 12 个月内，以下哪些情况符合您？',
        they: '在过去 12 个月内，以下哪些情况符合您的亲人？',
      },
      hint: {
        you: '请选择所有符合的项目。如果是依照医生处方服用的药物，出现耐受性（需要更多）或戒断，不要算进去。',
        they: '请选择所有符合的项目。如果是您的亲人依照医生处方服用的药物，出现耐受性（需要更多）或戒断，不要算进去。',
      },
      short: '过去 12 个月的征兆',
      options: {
        'larger-amounts': { label: '用得比原本打算的更多，或更久' },
        'cut-down': { label: '想要减量或停用，或试过但做不到' },
        'time-spent': {
          label: '花很多时间去取得、使用，或从它的作用中恢复',
        },
        craving: { label: '有强烈的冲动或渴望想要使用' },
        'role-failure': {
          label: '因为使用，在工作、学校或家里的事情落后了',
        },
        'social-problems': {
          label: '虽然它造成和家人或朋友之间的问题，还是继续使用',
        },
        'activities-given-up': {
          label: '因为使用，放弃或减少了重要或有趣的活动',
        },
        'hazardous-use': {
          label: '在身体上不安全的情况下使用，例如开车前',
        },
        'physical-psych-problems': {
          label: '明知它造成或加重了身体或心理健康问题，还是继续使用',
        },
        tolerance: {
          label: '需要用更多才能有同样的效果，或同样的量效果变小了',
        },
        withdrawal: {
          label: '作用消退时感到不舒服（戒断），或为了避免这样而使用',
          hint: '例如发抖、流汗、肚子不舒服、感到焦虑或睡不着',
        },
        none: noneOfThese,
      },
    },
    'withdrawal.history': {
      label: {
        you: '在停用或减量之后，您曾经出现过以下任何一种情况吗？',
        they: '在停用或减量之后，您的亲人曾经出现过以下任何一种情况吗？',
      },
      hint: selectAll,
      short: '过去的戒断',
      options: {
        seizures: { label: '癫痫发作（抽搐）' },
        dts: {
          label: '看到或听到不存在的东西，或严重混乱',
          hint: '有时称为震颤性谵妄（DTs）',
        },
        'medical-detox': {
          label: '需要医疗戒断治疗（脱毒）',
          hint: '由医生或护士照护，安全地停用',
        },
        none: noneOfThese,
      },
    },
    'withdrawal.current': {
      label: {
        you: '您现在有戒断的征兆吗？',
        they: '您的亲人现在有戒断的征兆吗？',
      },
      hint: {
        you: '戒断是一个人减量或停用时，身体出现的反应。',
        they: '戒断是一个人减量或停用时，身体出现的反应。',
      },
      short: '现在的戒断',
      options: {
        none: { label: '没有征兆' },
        mild: {
          label: '轻微的征兆',
          hint: '发抖、流汗、焦虑、反胃，或睡不着',
        },
        severe: {
          label: '严重的征兆',
          hint: '癫痫发作、看到或听到不存在的东西、混乱，或喝什么都吐出来',
        },
      },
    },
    'medical.condition': {
      label: {
        you: '您有长期的身体健康问题吗？',
        they: '您的亲人有长期的身体健康问题吗？',
      },
      hint: {
        you: '例如：糖尿病、心脏病、肝病、肺病或高血压。',
        they: '例如：糖尿病、心脏病、肝病、肺病或高血压。',
      },
      short: '健康问题',
      options: {
        none: { label: '没有' },
        stable: { label: '有，而且控制得很好' },
        unstable: {
          label: '有，但没有控制好',
          hint: '或需要经常看医生、接受医疗照护',
        },
      },
    },
    'medical.pregnant': {
      label: { you: '您怀孕了吗？', they: '您的亲人怀孕了吗？' },
      hint: {
        you: '很多项目会优先照顾怀孕的人。',
        they: '很多项目会优先照顾怀孕的人。',
      },
      short: '怀孕',
      options: {
        yes: { label: '是' },
        no: { label: '否' },
        'not-applicable': { label: '不适用' },
        'prefer-not': { label: '我不想回答' },
      },
    },
    // ASQ item 1 (NIMH). Translator: use the official NIMH ASQ translation for this language
    // where one exists, and note here which one was used. This is the project's own draft
    // translation, not an official one. 译者：如有 NIMH 官方 ASQ 中文译本，请改用其措辞，
    // 并在此注明使用了哪一个版本。目前是本项目的草稿翻译，不是官方译本。
    'suicide.wishedDead': {
      label: {
        you: '在过去几周，您是否曾希望自己已经死了？',
        they: '在过去几周，您的亲人是否曾说过或表现出，希望自己已经死了？',
      },
      short: '希望自己已经死了（过去几周）',
      options: asqOptions,
    },
    // ASQ item 2 (NIMH). Translator: use the official NIMH ASQ translation where one exists,
    // and note here which one was used. Project draft, not an official translation.
    // 译者：如有 NIMH 官方译本请改用，并在此注明；目前不是官方译本。
    'suicide.betterOff': {
      label: {
        you: '在过去几周，您是否曾觉得，如果您死了，您或您的家人会过得更好？',
        they: '在过去几周，您的亲人是否曾说过或表现出，觉得如果自己死了，自己或家人会过得更好？',
      },
      short: '觉得死了会更好（过去几周）',
      options: asqOptions,
    },
    // ASQ item 3 (NIMH). Translator: use the official NIMH ASQ translation where one exists,
    // and note here which one was used. Project draft, not an official translation.
    // 译者：如有 NIMH 官方译本请改用，并在此注明；目前不是官方译本。
    'suicide.thoughts': {
      label: {
        you: '在过去一周，您是否有过想要自杀的念头？',
        they: '在过去一周，您的亲人是否曾说过或表现出，有过想要自杀的念头？',
      },
      short: '自杀的念头（过去一周）',
      options: asqOptions,
    },
    // ASQ item 4 (NIMH). Translator: use the official NIMH ASQ translation where one exists,
    // and note here which one was used. Project draft, not an official translation.
    // 译者：如有 NIMH 官方译本请改用，并在此注明；目前不是官方译本。
    'suicide.attempt': {
      label: {
        you: '您是否曾经试图自杀？',
        they: '据您所知，您的亲人是否曾经试图自杀？',
      },
      short: '过去曾试图自杀',
      options: asqOptions,
    },
    // ASQ item 5, the acuity question (NIMH). Translator: use the official NIMH ASQ translation
    // where one exists, and note here which one was used. Project draft, not an official
    // translation. 译者：如有 NIMH 官方译本请改用，并在此注明；目前不是官方译本。
    'suicide.now': {
      label: {
        you: '您现在是否有自杀的念头？',
        they: '您的亲人现在是否在谈论结束自己的生命，或表现出这样的迹象？',
      },
      short: '现在有自杀的念头',
      options: asqOptions,
    },
    'mental.symptoms': {
      label: {
        you: '您最近的心理健康状况如何？',
        they: '您亲人最近的心理健康状况如何？',
      },
      hint: {
        you: '例如：感到非常难过、担心、紧绷不安，或觉得不像平常的自己。',
        they: '例如：您的亲人感到非常难过、担心、紧绷不安，或不像平常的自己。',
      },
      short: '心理健康',
      options: {
        none: { label: '没有问题' },
        mild: { label: '有一些问题，但还应付得来' },
        interfering: { label: '问题让工作、睡觉或过日子都变得困难' },
        severe: {
          label: '严重的问题',
          hint: '看到或听到别人看不到、听不到的东西，无法照顾基本生活需要，或感到失控',
        },
      },
    },
    'readiness.stage': {
      label: {
        you: '对于做出改变，您有什么感觉？',
        they: '对于做出改变，您的亲人有什么感觉？',
      },
      short: '改变的准备程度',
      options: {
        ready: { label: '准备好要做出改变' },
        unsure: { label: '还不确定' },
        pressured: {
          label: '别人比较想要这个改变',
          hint: '例如家人、伴侣、工作单位或法院',
        },
      },
    },
    'history.treatment': {
      label: {
        you: '您以前接受过以下任何一种治疗吗？',
        they: '您的亲人以前接受过以下任何一种治疗吗？',
      },
      hint: selectAll,
      short: '过去的治疗',
      options: {
        detox: { label: '戒断治疗（脱毒）' },
        outpatient: { label: '门诊辅导' },
        iop: { label: '密集门诊治疗（IOP）' },
        php: { label: '部分住院治疗或日间项目（PHP）' },
        residential: { label: '住宿式治疗（住在治疗中心）' },
        none: noneOfThese,
      },
    },
    'history.relapsedAfter': {
      label: {
        you: '那次治疗之后，您又开始使用了吗？',
        they: '那次治疗之后，您的亲人又开始使用了吗？',
      },
      hint: {
        you: '这在康复过程中很常见。这能帮助我们建议合适的支持。',
        they: '这在康复过程中很常见。这能帮助我们建议合适的支持。',
      },
      short: '治疗后又开始使用',
      options: yesNo,
    },
    'history.recentDischarge': {
      label: {
        you: '您是否在过去 30 天内完成了住宿式治疗或 PHP？',
        they: '您的亲人是否在过去 30 天内完成了住宿式治疗或 PHP？',
      },
      short: '完成住宿式治疗或 PHP（过去 30 天）',
      options: yesNo,
    },
    'living.situation': {
      label: { you: '您现在住在哪里？', they: '您的亲人现在住在哪里？' },
      short: '居住情况',
      options: {
        stable: { label: '自己的家或家人的家' },
        'sober-living': { label: '戒瘾康复之家或康复住所' },
        unstable: {
          label: '临时住处',
          hint: '例如暂时借住在朋友家，或到处借住',
        },
        homeless: {
          label: '没有地方住',
          hint: '例如住在街上、车里或收容所',
        },
      },
    },
    'living.othersUse': {
      label: {
        you: '和您同住的人当中，有人大量喝酒或使用毒品吗？',
        they: '和您的亲人同住的人当中，有人大量喝酒或使用毒品吗？',
      },
      short: '家中有人大量使用',
      options: yesNo,
    },
    'living.safe': {
      label: {
        you: '您在住的地方觉得安全吗？',
        they: '您的亲人在住的地方觉得安全吗？',
      },
      hint: {
        you: '安全是指那里没有人伤害或威胁您。',
        they: '安全是指那里没有人伤害或威胁您的亲人。',
      },
      short: '在家觉得安全',
      options: yesNo,
    },
    'living.support': {
      label: {
        you: '您的生活中，有人支持您的康复吗？',
        they: '您的亲人身边，有支持其康复的人吗？',
      },
      short: '康复的支持',
      options: {
        strong: { label: '有，很多支持' },
        some: { label: '有一些支持' },
        none: { label: '目前没有支持' },
      },
    },
    'living.transport': {
      label: {
        you: '您有可靠的交通方式，每周几次去参加预约吗？',
        they: '您的亲人有可靠的交通方式，每周几次去参加预约吗？',
      },
      short: '有可靠的交通去接受照护',
      options: yesNo,
    },
    'obligations.roles': {
      label: {
        you: '以下哪些是您目前生活的一部分？',
        they: '以下哪些是您亲人目前生活的一部分？',
      },
      hint: selectAll,
      short: '工作、上学和照顾家人',
      options: {
        'work-full': { label: '全职工作' },
        'work-part': { label: '兼职工作' },
        school: { label: '上学或上课' },
        children: { label: '照顾孩子' },
        caregiver: {
          label: '照顾另一个人',
          hint: '例如年长的父母或生病的家人',
        },
        none: noneOfThese,
      },
    },
    'obligations.canStepAway': {
      label: {
        you: '您能暂时放下日常生活去接受治疗吗？',
        they: '您的亲人能暂时放下日常生活去接受治疗吗？',
      },
      short: '能暂时离开去治疗',
      options: {
        yes: { label: '可以，能在治疗项目住上几周' },
        daytime: {
          label: '平日可以去全天的项目，但不能过夜',
        },
        no: { label: '不行，治疗必须配合工作、上学或照顾家人' },
        unsure: { label: '不确定' },
      },
    },
    'obligations.schedule': {
      label: {
        you: '如果您去接受治疗，一天中什么时段最合适？',
        they: '如果您的亲人去接受治疗，一天中什么时段最合适？',
      },
      short: '最适合接受治疗的时段',
      options: {
        morning: { label: '上午', hint: '大约上午 9 点到中午' },
        afternoon: { label: '下午', hint: '大约下午 1 点到 4 点' },
        evening: { label: '晚上', hint: '大约晚上 6 点到 9 点' },
        any: { label: '任何时间都可以' },
      },
    },
    'insurance.type': {
      label: {
        you: '您有哪一种健康保险？',
        they: '您的亲人有哪一种健康保险？',
      },
      hint: {
        you: '治疗中心可以免费帮您核实保险范围。',
        they: '治疗中心可以免费核实您亲人的保险范围。',
      },
      short: '保险',
      options: {
        commercial: {
          label: '私人保险',
          hint: '通过工作、健康保险交易市场（Marketplace）取得，或自己直接购买',
        },
        medicaid: { label: 'Medicaid', hint: '州政府提供的免费或低价健康保险' },
        medicare: {
          label: 'Medicare',
          hint: '联邦政府为 65 岁或以上、或有某些残疾的人提供的健康保险',
        },
        none: { label: '没有保险' },
        unsure: { label: '不确定' },
      },
    },
  },

  review: {
    heading: '检查您的答案',
    intro: '请看一看您的答案。看结果之前，任何答案都可以修改。',
    submit: '查看结果',
    changeHidden: '您对“{question}”的答案',
  },

  levels: {
    residential: {
      name: '住宿式治疗',
      inSentence: '住宿式治疗',
      summary: '在治疗中心住一段时间，日夜都有工作人员提供支持、生活安排和照护。',
      week: [
        '住在中心，一天 24 小时都有支持',
        '每天有固定的时间表：团体和一对一辅导、课程和休息',
        '通常住 30 到 90 天',
      ],
    },
    php: {
      name: '部分住院治疗（PHP）',
      inSentence: '部分住院治疗（PHP）',
      summary: '一周大部分的日子都有全天的治疗项目，晚上回家住。',
      week: ['一周 5 到 7 天，一天大约 6 小时', '每周 20 小时或以上的治疗', '每天晚上回家'],
    },
    iop: {
      name: '密集门诊治疗（IOP）',
      inSentence: '密集门诊治疗（IOP）',
      summary: '一周有几天，每次接受几小时的治疗，同时住在家里，继续工作或上学。',
      week: ['一周 3 到 5 天，每次大约 3 小时（一周 9 到 19 小时）', '住在家里，继续工作或上学'],
      weekTimes: '上午（9 点到 12 点）、下午（1 点到 4 点）或晚上（6 点到 9 点）的治疗时段',
    },
    outpatient: {
      name: '门诊辅导',
      inSentence: '门诊辅导',
      summary: '定期的辅导，一对一或团体，配合日常生活进行。',
      week: ['一周 1 到 2 次', '一周总共不到 9 小时', '住在家里'],
    },
    'early-intervention': {
      name: '早期干预',
      inSentence: '早期干预',
      summary: '了解物质使用和它的风险，加上几次简短的辅导，在问题变大之前就先处理。',
      week: ['了解酒精和毒品如何影响健康', '几次简短的辅导', '定期关心近况'],
    },
  },

  result: {
    heading: {
      you: '可能适合您的照护',
      they: '可能适合您亲人的照护',
      staff: '可能适合对方的照护',
    },
    oftenCalled: '通常称为 ASAM 第 {asam} 级',
    whyHeading: '我们为什么这样建议',
    weekHeading: '一周大概是什么样子',
    alternativeHeading: '另一个可以询问的选项',
    alternativeBody: {
      you: '如果{level}现在对您来说有困难，可以询问{alternative}这个选项。',
      they: '如果{level}现在对您的亲人来说有困难，可以询问{alternative}这个选项。',
      staff: '如果{level}现在对对方来说有困难，可以讨论{alternative}这个选项。',
    },
    withdrawalHeading: '戒断和戒断治疗',
    withdrawal: {
      none: {
        you: '您的答案没有显示需要戒断照护。如果您减量时感到不舒服，请告诉治疗团队。',
        they: '您的答案没有显示您的亲人需要戒断照护。如果您的亲人减量时感到不舒服，请告诉治疗团队。',
        staff: '答案没有显示需要戒断照护。如果对方减量时感到不舒服，治疗团队应该知道。',
      },
      monitor: {
        you: '有可能出现戒断。请留意发抖、流汗、感到焦虑、肚子不舒服或睡不好等征兆，并告诉您的治疗团队。',
        they: '您的亲人有可能出现戒断。请留意发抖、流汗、感到焦虑、肚子不舒服或睡不好等征兆，并告诉治疗团队。',
        staff:
          '有可能出现戒断。要留意的征兆：发抖、流汗、感到焦虑、肚子不舒服或睡不好。治疗团队应该知道这些情况。',
      },
      ambulatory: {
        you: '一开始可能需要在医疗监督下进行戒断治疗。医生或护士可以帮您安全地停用，通常不需要过夜。',
        they: '一开始可能需要在医疗监督下进行戒断治疗。医生或护士可以帮您的亲人安全地停用，通常不需要过夜。',
        staff:
          '一开始可能需要在医疗监督下进行戒断治疗。医生或护士可以帮对方安全地停用，通常不需要过夜。',
      },
      inpatient: {
        you: '停用可能有危险。在日夜都有工作人员的机构接受医疗监测的戒断照护，是最安全的开始方式。请不要自己突然停用。',
        they: '停用对您的亲人可能有危险。在日夜都有工作人员的机构接受医疗监测的戒断照护，是最安全的开始方式。您的亲人不应该自己突然停用。',
        staff:
          '停用对对方可能有危险。在日夜都有工作人员的机构接受医疗监测的戒断照护，是最安全的开始方式。对方不应该在没有医疗协助下突然停用。',
      },
    },
    urgency: {
      today: {
        title: '今天就打电话',
        body: {
          you: '请今天就打电话。您的答案显示最好不要等。您不需要把所有事情都想清楚。',
          they: '请今天就打电话。您的答案显示，对您的亲人来说最好不要等。您可以替您的亲人打，也可以和您的亲人一起打。',
        },
      },
      soon: {
        title: '尽快打电话',
        body: {
          you: '请尽量在这几天内打电话。越早打，就能越早得到支持。',
          they: '请尽量在这几天内打电话。您越早打，您的亲人就能越早得到支持。',
        },
      },
    },
    callHeading: '找人谈谈',
    callBody:
      '拨打 {phone} 给 {center}，接受免费、保密的评估。临床专业人员会帮忙决定哪一种照护适合。',
    sharedWithPartner: '{partner} 只知道建议的是哪一种照护，绝不会看到您的答案。',
    notesHeading: '值得知道',
    safetyHeading: {
      you: '为了保持安全',
      they: '为了让您的亲人保持安全',
      staff: '安全',
    },
    scheduleAsk: {
      you: '请要求最适合您的治疗时段。',
      they: '请要求最适合您亲人的治疗时段。',
      staff: '请询问哪个治疗时段最适合对方。',
    },
    notDiagnosis: {
      you: '这不是诊断，只是根据您的答案。照护的最后决定由临床专业人员做出。',
      they: '这不是诊断，只是根据您的答案。照护的最后决定由临床专业人员做出。',
      staff: '这不是诊断，只是根据通话中得到的答案。照护的最后决定由临床专业人员做出。',
    },
    printHint: '把这一页打印或保存下来，打电话时放在身边。',
    crisisResourcesTitle: '今天就找人谈谈：拨打或发短信到 988',
    urgentPrefix: '紧急建议：',
    scheduleChosen: {
      you: '您选了：{time}。',
      they: '您选了：{time}。',
      staff: '偏好的时间：{time}。',
    },
    medicaidFallback: 'Medicaid',
  },

  reasons: {
    // Emergency (Step 0)
    'emergency-danger-now': {
      you: '您说现在有人有危险，例如用药过量的征兆、癫痫发作、胸痛、呼吸困难或叫不醒。',
      they: '您说您的亲人或其他人现在有危险，例如用药过量的征兆、癫痫发作、胸痛、呼吸困难或叫不醒。',
      staff: '来电者说现在有人有危险，例如用药过量的征兆、癫痫发作、胸痛、呼吸困难或叫不醒。',
    },
    'emergency-suicide-now': {
      you: '您说您现在有自杀的念头，或您选择不回答。',
      they: '您说您的亲人现在在谈论结束自己的生命，或表现出这样的迹象，或您选择不回答。',
      staff: '答案显示对方现在有结束自己生命的念头，或来电者选择不回答。',
    },
    'emergency-severe-withdrawal': {
      you: '您说您有严重的戒断征兆，例如癫痫发作、看到或听到不存在的东西、混乱，或喝什么都吐出来。这需要马上就医。',
      they: '您说您的亲人有严重的戒断征兆，例如癫痫发作、看到或听到不存在的东西、混乱，或喝什么都吐出来。这需要马上就医。',
      staff:
        '对方有严重的戒断征兆，例如癫痫发作、看到或听到不存在的东西、混乱，或喝什么都吐出来。这需要马上就医。',
    },

    // Base level (Step 3)
    'no-substance-use': {
      you: '您说您在过去 12 个月内没有喝酒或使用毒品。',
      they: '您说您的亲人在过去 12 个月内没有喝酒或使用毒品。',
      staff: '对方在过去 12 个月内没有喝酒或使用毒品。',
    },
    'few-signs-of-use-disorder': {
      you: '在物质使用问题的征兆中，您最多只选了一项。单看这一点，适合多了解相关知识，并和咨询师做几次简短的谈话。',
      they: '在物质使用问题的征兆中，您为您的亲人最多只选了一项。单看这一点，适合多了解相关知识，并和咨询师做几次简短的谈话。',
      staff:
        '答案显示的物质使用问题征兆最多只有一项。单看这一点，适合多了解相关知识，并和咨询师做几次简短的谈话。',
    },
    'not-using-past-month': {
      you: '您说您在过去 30 天内没有使用。定期辅导可以帮助您继续保持。',
      they: '您说您的亲人在过去 30 天内没有使用。定期辅导可以帮助您的亲人继续保持。',
      staff: '对方在过去 30 天内没有使用。定期辅导可以帮助对方继续保持。',
    },
    'mild-use-disorder': {
      you: '在物质使用问题的征兆中，您选了 2 或 3 项。单看这一点，通常适合每周一到两次的辅导。',
      they: '在物质使用问题的征兆中，您为您的亲人选了 2 或 3 项。单看这一点，通常适合每周一到两次的辅导。',
      staff: '答案显示 2 或 3 项物质使用问题的征兆。单看这一点，通常适合每周一到两次的辅导。',
    },
    'moderate-use-disorder': {
      you: '在物质使用问题的征兆中，您选了 4 或 5 项。单看这一点，通常适合一周几天、每次几小时的治疗。',
      they: '在物质使用问题的征兆中，您为您的亲人选了 4 或 5 项。单看这一点，通常适合一周几天、每次几小时的治疗。',
      staff:
        '答案显示 4 或 5 项物质使用问题的征兆。单看这一点，通常适合一周几天、每次几小时的治疗。',
    },
    'severe-use-disorder': {
      you: '在物质使用问题的征兆中，您选了 6 项或更多。单看这一点，通常适合一周大部分日子的全天项目。',
      they: '在物质使用问题的征兆中，您为您的亲人选了 6 项或更多。单看这一点，通常适合一周大部分日子的全天项目。',
      staff:
        '答案显示 6 项或更多物质使用问题的征兆。单看这一点，通常适合一周大部分日子的全天项目。',
    },

    // Floors (Step 3)
    'withdrawal-can-be-dangerous': {
      you: '您经常喝酒或服用镇静剂，而您的答案显示，停用可能引起危险的戒断，例如癫痫发作。在 24 小时医疗照护下停用最安全。',
      they: '您的亲人经常喝酒或服用镇静剂，而您的答案显示，您的亲人停用可能引起危险的戒断，例如癫痫发作。在 24 小时医疗照护下停用最安全。',
      staff:
        '对方经常喝酒或服用镇静剂，而答案显示，停用可能引起危险的戒断，例如癫痫发作。在 24 小时医疗照护下停用最安全。',
    },
    'medical-needs-care': {
      you: '您说您有没控制好、或需要经常接受医疗照护的健康问题。身边有医护人员的照护会有帮助。',
      they: '您说您的亲人有没控制好、或需要经常接受医疗照护的健康问题。身边有医护人员的照护会有帮助。',
      staff: '对方有没控制好、或需要经常接受医疗照护的健康问题。身边有医护人员的照护会有帮助。',
    },
    'mental-health-needs-close-care': {
      you: '您关于心理健康或自杀念头的答案显示，每天有更多支持的照护，能帮助您保持安全。',
      they: '您关于心理健康或自杀念头的答案显示，每天有更多支持的照护，能帮助您的亲人保持安全。',
      staff: '关于心理健康或自杀念头的答案显示，每天有更多支持的照护，能帮助对方保持安全。',
    },
    'mental-health-needs-support': {
      you: '您关于自己近来感受的答案显示，您可能需要比每周一次辅导更多的支持。',
      they: '您关于您的亲人近来感受的答案显示，您的亲人可能需要比每周一次辅导更多的支持。',
      staff: '关于对方近来感受的答案显示，对方可能需要比每周一次辅导更多的支持。',
    },
    'returned-to-use-after-intensive-care': {
      you: '您说在密集治疗（IOP、PHP 或住宿式治疗）之后，您又开始使用了。这次多一些支持时数可能会有帮助。',
      they: '您说在密集治疗（IOP、PHP 或住宿式治疗）之后，您的亲人又开始使用了。这次多一些支持时数可能会有帮助。',
      staff:
        '对方在密集治疗（IOP、PHP 或住宿式治疗）之后又开始使用。这次多一些支持时数可能会有帮助。',
    },
    'high-chance-of-continued-use': {
      you: '您说治疗后您又开始使用，或您几乎每天使用，并选了很多使用问题的征兆。更多的支持可以帮助您停用或减量。',
      they: '您说治疗后您的亲人又开始使用，或您的亲人几乎每天使用，而您选了很多使用问题的征兆。更多的支持可以帮助您的亲人停用或减量。',
      staff:
        '对方治疗后又开始使用，或几乎每天使用，并有很多使用问题的征兆。更多的支持可以帮助对方停用或减量。',
    },
    'no-safe-place-to-live': {
      you: '您说您没有稳定的住处，或在住的地方觉得不安全。',
      they: '您说您的亲人没有稳定的住处，或在住的地方觉得不安全。',
      staff: '对方没有稳定的住处，或在住的地方觉得不安全。',
    },
    'home-makes-recovery-hard': {
      you: '您说您的住处不稳定，或家里有人大量喝酒或使用毒品，而且没有人支持您的康复。这会让在家康复变得困难。',
      they: '您说您亲人的住处不稳定，或家里有人大量喝酒或使用毒品，而且没有人支持您亲人的康复。这会让在家康复变得困难。',
      staff:
        '对方的住处不稳定，或家里有人大量喝酒或使用毒品，而且没有人支持对方的康复。这会让在家康复变得困难。',
    },
    'home-needs-more-support': {
      you: '您说家里有人大量喝酒或使用毒品，或您身边没有人支持您的康复。多花一些时间接受治疗，可以补上这份支持。',
      they: '您说您亲人的家里有人大量喝酒或使用毒品，或您的亲人身边没有人支持其康复。多花一些时间接受治疗，可以补上这份支持。',
      staff:
        '对方家里有人大量喝酒或使用毒品，或对方身边没有人支持其康复。多花一些时间接受治疗，可以补上这份支持。',
    },
    'recently-finished-intensive-care': {
      you: '您说您在过去 30 天内完成了住宿式治疗或 PHP。之后继续接受照护，有助于保持您的进步。',
      they: '您说您的亲人在过去 30 天内完成了住宿式治疗或 PHP。之后继续接受照护，有助于保持您亲人的进步。',
      staff: '对方在过去 30 天内完成了住宿式治疗或 PHP。之后继续接受照护，有助于保持对方的进步。',
    },

    // Withdrawal management (Step 4)
    'withdrawal-inpatient': {
      you: '因为戒断可能有危险，在日夜都有医护人员的机构里停用最安全。',
      they: '因为戒断对您的亲人可能有危险，在日夜都有医护人员的机构里停用最安全。',
      staff: '因为戒断对对方可能有危险，在日夜都有医护人员的机构里停用最安全。',
    },
    'withdrawal-ambulatory': {
      you: '您的答案显示，您在减量或停用时有、或可能会有戒断。一开始可能需要医生或护士协助。',
      they: '您的答案显示，您的亲人在减量或停用时有、或可能会有戒断。一开始可能需要医生或护士协助。',
      staff: '答案显示，对方在减量或停用时有、或可能会有戒断。一开始可能需要医生或护士协助。',
    },
    'withdrawal-monitor': {
      you: '您经常使用酒精、镇静剂或阿片类药物，所以有可能出现戒断。请留意征兆，并告诉您的治疗团队。',
      they: '您的亲人经常使用酒精、镇静剂或阿片类药物，所以有可能出现戒断。请留意征兆，并告诉治疗团队。',
      staff: '对方经常使用酒精、镇静剂或阿片类药物，所以有可能出现戒断。治疗团队应留意征兆。',
    },

    // Urgency (Step 5)
    'call-today-withdrawal': {
      you: '您的答案显示可能有戒断的情况，而且可能很快变严重。今天打电话，就能安全地开始得到帮助。',
      they: '您的答案显示您的亲人可能有戒断的情况，而且可能很快变严重。今天打电话，就能安全地开始得到帮助。',
      staff: '答案显示可能有戒断的情况，而且可能很快变严重。今天评估，就能安全地开始得到帮助。',
    },
    'call-today-medical': {
      you: '您说您有没控制好的健康问题，或您怀孕了。最好不要拖延，尽快开始照护。',
      they: '您说您的亲人有没控制好的健康问题，或您的亲人怀孕了。最好不要拖延，尽快开始照护。',
      staff: '对方有没控制好的健康问题，或怀孕了。最好不要拖延，尽快开始照护。',
    },
    'call-today-mental-health': {
      you: '您关于心理健康或自杀念头的答案表示，今天就找人谈谈很重要。',
      they: '您关于您亲人的心理健康或自杀念头的答案表示，您的亲人今天就找人谈谈很重要。',
      staff: '关于对方心理健康或自杀念头的答案表示，对方今天就找人谈谈很重要。',
    },
    'call-today-safe-place': {
      you: '您现在没有安全、稳定的住处。中心今天就可以和您讨论有哪些选择。',
      they: '您的亲人现在没有安全、稳定的住处。中心今天就可以和您讨论有哪些选择。',
      staff: '对方现在没有安全、稳定的住处。今天就值得讨论有哪些选择。',
    },
    'call-today-suicide-screen': {
      you: '您对自杀相关问题的答案表示，今天就找人谈谈很重要。',
      they: '您对自杀相关问题的答案表示，您的亲人今天就找人谈谈很重要。',
      staff: '自杀筛查问题的答案表示，对方今天就找人谈谈很重要。',
    },
    'call-today-tolerance-loss': {
      you: '停用阿片类药物一段时间后，身体无法承受平常的用量。今天就接受照护，可以降低用药过量的风险。',
      they: '停用阿片类药物一段时间后，身体无法承受平常的用量。今天就接受照护，可以降低您的亲人用药过量的风险。',
      staff:
        '停用阿片类药物一段时间后，身体无法承受平常的用量。今天接受照护，可以降低对方用药过量的风险。',
    },

    // Alternative (Step 6)
    'alternative-day-program': {
      you: '您说平日可以去全天的项目，但不能过夜。日间项目（PHP）是一个可以询问的选项。',
      they: '您说您的亲人平日可以去全天的项目，但不能过夜。日间项目（PHP）是一个可以询问的选项。',
      staff: '对方平日可以去全天的项目，但不能过夜。可以讨论日间项目（PHP）这个选项。',
    },
    'alternative-fits-around-life': {
      you: '您说治疗必须配合工作、上学或照顾家人。一天几小时的密集门诊治疗（IOP）是一个可以询问的选项。',
      they: '您说治疗必须配合您亲人的工作、上学或照顾家人。一天几小时的密集门诊治疗（IOP）是一个可以询问的选项。',
      staff:
        '治疗必须配合对方的工作、上学或照顾家人。可以讨论一天几小时的密集门诊治疗（IOP）这个选项。',
    },
  },

  notes: {
    readiness: {
      you: '对于做出改变感到不确定，是很正常的。第一次打电话只是谈一谈，不会让您承诺任何事。',
      they: '您的亲人对于做出改变感到不确定，是很正常的。第一次打电话只是谈一谈，不会让任何人承诺任何事，您也可以问问该怎么帮忙。',
      staff: '对于做出改变感到不确定是正常的。第一次评估只是谈一谈，对方不必承诺任何事。',
    },
    transport: {
      you: '每周去接受好几次治疗可能不容易。请向中心询问接送协助，或远程医疗（用视频接受治疗）。',
      they: '每周去接受好几次治疗可能不容易。请向中心询问您亲人的接送协助，或远程医疗（用视频接受治疗）。',
      staff: '对方每周去接受好几次治疗可能不容易。值得提供接送协助，或远程医疗（用视频接受治疗）。',
    },
    schedule: {
      you: '治疗时段通常在上午（大约 9 点到 12 点）、下午（大约 1 点到 4 点）或晚上（大约 6 点到 9 点）。请要求最适合您的时间。',
      they: '治疗时段通常在上午（大约 9 点到 12 点）、下午（大约 1 点到 4 点）或晚上（大约 6 点到 9 点）。请要求最适合您亲人的时间。',
      staff:
        '治疗时段通常在上午（大约 9 点到 12 点）、下午（大约 1 点到 4 点）或晚上（大约 6 点到 9 点）。',
    },
    pregnancy: {
      you: '打电话时，请先说您怀孕了。很多项目会优先照顾怀孕的人。没有医疗建议，请不要突然停用阿片类药物、酒精或镇静剂，这对您和宝宝都可能有风险。',
      they: '打电话时，请先说您的亲人怀孕了。很多项目会优先照顾怀孕的人。没有医疗建议，您的亲人不应该突然停用阿片类药物、酒精或镇静剂，这对您的亲人和宝宝都可能有风险。',
      staff:
        '对方怀孕了。很多项目会优先收怀孕的人，所以转诊时请先提到这一点。没有医疗建议，对方不应该突然停用阿片类药物、酒精或镇静剂：这对对方和宝宝都可能有风险。',
    },
    insurance: {
      commercial: {
        you: '当这些照护在医疗上有必要时，大多数保险计划都会承保。一项联邦法律（称为“平等保障”，parity）规定，对这类照护的限制不能比其他医疗照护更严格。',
        they: '当这些照护在医疗上有必要时，大多数保险计划都会承保。一项联邦法律（称为“平等保障”，parity）规定，对这类照护的限制不能比其他医疗照护更严格。',
        staff:
          '当这些照护在医疗上有必要时，大多数保险计划都会承保。一项联邦法律（称为“平等保障”，parity）规定，对这类照护的限制不能比其他医疗照护更严格。',
      },
      medicaid: {
        you: '{program} 承保这里的许多种照护。保险范围可能因州或县而不同。中心可以帮您核实。',
        they: '{program} 承保这里的许多种照护。保险范围可能因州或县而不同。中心可以帮您核实您亲人的保险范围。',
        staff:
          '{program} 承保这里的许多种照护。保险范围可能因州或县而不同，值得核实对方的保险范围。',
      },
      medicare: {
        you: 'Medicare 承保门诊辅导、密集门诊治疗（IOP）和部分住院治疗（PHP）。住宿式治疗的保障有限。请问中心您的保险计划承保哪些。',
        they: 'Medicare 承保门诊辅导、密集门诊治疗（IOP）和部分住院治疗（PHP）。住宿式治疗的保障有限。请问中心您亲人的保险计划承保哪些。',
        staff:
          'Medicare 承保门诊辅导、密集门诊治疗（IOP）和部分住院治疗（PHP）。住宿式治疗的保障有限：要看对方的保险计划。',
      },
      none: {
        you: '您还是可以得到照护。请询问州政府资助的项目，以及按收入调整的收费（浮动收费）。您也可以拨打免费的 SAMHSA 全国求助热线 1-800-662-4357。',
        they: '您的亲人还是可以得到照护。请询问州政府资助的项目，以及按收入调整的收费（浮动收费）。您也可以拨打免费的 SAMHSA 全国求助热线 1-800-662-4357。',
        staff:
          '对方没有保险，但还是可以得到照护：州政府资助的项目、按收入调整的收费（浮动收费），或免费的 SAMHSA 全国求助热线 1-800-662-4357。',
      },
      unsure: {
        you: '没关系。您打电话时，治疗中心可以免费核实您的保险范围。',
        they: '没关系。您打电话时，治疗中心可以免费核实您亲人的保险范围。',
        staff: '对方不确定自己的保险。可以免费核实保险范围。',
      },
    },
    'crisis-resources': {
      you: '请今天就找人谈谈。您随时都可以打电话或发短信到 988 自杀与危机生命线，白天晚上都可以。免费且保密。',
      they: '请帮助您的亲人今天就找人谈谈。您或您的亲人随时都可以打电话或发短信到 988 自杀与危机生命线，白天晚上都可以。免费且保密，您也可以打电话问该怎么帮忙。',
      staff:
        '自杀筛查结果为阳性。对方今天应该找人谈谈：988 自杀与危机生命线免费且保密，可以打电话或发短信，白天晚上都可以。',
    },
    naloxone: {
      you: '纳洛酮（Narcan）可以逆转阿片类药物过量。很多药店不需要处方就能买到。请随身携带，并告诉别人放在哪里。用药过量的征兆：叫不醒、呼吸慢或没有呼吸、嘴唇发青或发灰。兴奋剂和假药丸常常掺有芬太尼，所以即使您不使用阿片类药物，这也很重要。',
      they: '纳洛酮（Narcan）可以逆转阿片类药物过量。很多药店不需要处方就能买到。请放在您和您的亲人拿得到的地方。用药过量的征兆：叫不醒、呼吸慢或没有呼吸、嘴唇发青或发灰。兴奋剂和假药丸常常掺有芬太尼，所以即使您的亲人不使用阿片类药物，这也很重要。',
      staff:
        '纳洛酮（Narcan）可以逆转阿片类药物过量，很多药店不需要处方就能买到。对方和身边的人应该把它放在近处。用药过量的征兆：叫不醒、呼吸慢或没有呼吸、嘴唇发青或发灰。兴奋剂和假药丸常常掺有芬太尼，所以即使没有使用阿片类药物，这也很重要。',
    },
    'tolerance-loss': {
      you: '停用阿片类药物一段时间后，例如戒断治疗、治疗期间或一段时间没有使用，您的身体就承受不了那么多。以前平常的用量，现在可能致命。请把纳洛酮放在身边。',
      they: '停用阿片类药物一段时间后，例如戒断治疗、治疗期间或一段时间没有使用，您亲人的身体就承受不了那么多。以前平常的用量，现在可能致命。请把纳洛酮放在身边。',
      staff:
        '停用阿片类药物一段时间后，例如戒断治疗、治疗期间或一段时间没有使用，对方的身体就承受不了那么多。以前平常的用量，现在可能致命。纳洛酮应该放在身边。',
    },
    moud: {
      you: '治疗阿片类药物使用障碍的药物（丁丙诺啡、美沙酮和纳曲酮）在每一种照护级别都有效。请向中心询问。',
      they: '治疗阿片类药物使用障碍的药物（丁丙诺啡、美沙酮和纳曲酮）在每一种照护级别都有效。请为您的亲人向中心询问。',
      staff:
        '治疗阿片类药物使用障碍的药物（丁丙诺啡、美沙酮和纳曲酮）在每一种照护级别都有效，值得和对方讨论。',
    },
    'aud-meds': {
      you: '纳曲酮和阿坎酸等药物可以帮助人减少喝酒或戒酒。请向中心询问。',
      they: '纳曲酮和阿坎酸等药物可以帮助人减少喝酒或戒酒。请为您的亲人向中心询问。',
      staff: '纳曲酮和阿坎酸等药物可以帮助人减少喝酒或戒酒，值得和对方讨论。',
    },
    adolescent: {
      you: '给年轻人的项目不一样。时间安排、上学和家人参与都是为青少年设计的。中心会告诉您是否服务未满 18 岁的人，或帮您找到有服务的项目。',
      they: '给年轻人的项目不一样。时间安排、上学和家人参与都是为青少年设计的。中心会告诉您是否服务未满 18 岁的人，或帮您找到有服务的项目。',
      staff:
        '对方未满 18 岁。给年轻人的项目不一样：时间安排、上学和家人参与都是为青少年设计的。请确认该项目服务未满 18 岁的人，或转诊到有服务的项目。',
    },
    'mental-health-referral': {
      you: '您近来的感受很重要。和心理健康专业人员谈谈，例如咨询师或医生，也会有帮助。',
      they: '您的亲人近来的感受很重要。和心理健康专业人员谈谈，例如咨询师或医生，也会对您的亲人有帮助。',
      staff: '对方近来的感受很重要。心理健康专业人员，例如咨询师或医生，也能提供帮助。',
    },
  },

  handoff: {
    heading: '您的答案代码',
    body: {
      you: '打电话时念出这个代码，就不用再回答一次。任何人拿到这个代码都能看到您的答案：只跟中心分享。',
      they: '打电话时念出这个代码，就不用再回答一次。任何人拿到这个代码都能看到您关于亲人的答案：只跟中心分享。',
    },
    keep: '如果想之后再回来（在这里或其他设备上），请把代码写下来或截屏，然后选择“{question}”。',
    copy: '复制代码',
    copied: '代码已复制。',
    copyFailed: '无法复制。您可以改为念出来或写下来。',
    staffHeading: '来电者有代码吗？',
    staffHint: '如果来电者做过这项在线检查，请输入对方念出的代码。破折号和空格可有可无。',
    label: '来电者的代码',
    open: '打开对方的答案',
    errors: {
      empty: '请输入来电者念出的代码。',
      character: '代码里不会有“{character}”。请来电者再念一次那一段。',
      tooShort: '这个代码太短。请来电者把整个代码念完。',
      tooLong: '这个代码太长。请来电者再念一次。',
      mistake: '这个代码有错误。请来电者再念一次。',
      version: '这个代码来自另一个版本的在线检查。请改为直接问问题。',
    },
    self: {
      label: '结果页上的代码',
      hint: '请输入您写下或保存的代码。破折号和空格可有可无。看结果之前，您会再看到一次答案。',
      open: '打开答案',
      errors: {
        empty: '请输入结果页上的代码。',
        character: '代码里不会有“{character}”。请检查代码的那一段。',
        tooShort: '这个代码太短。请确认您输入了完整的代码。',
        tooLong: '这个代码太长。请检查后再试一次。',
        mistake: '这个代码有错误。请检查每个字母和数字，然后再试一次。',
        version: '这个代码来自另一个版本的检查。请再回答一次问题。',
      },
    },
  },
  staff: {
    start: {
      intro: [
        '把每个问题念给来电者听，并选择对方的答案。对方可能是为自己打来，也可能是为关心的人打来。',
        '最后，您会看到建议的照护级别，以及一份可以复制的接诊记录。',
      ],
      time: '通话中大约 5–10 分钟',
      privacy:
        '请告诉来电者：答案只留在这个浏览器里，不会发送给任何人。按下“{newCaller}”就会清除。',
      privacyShared:
        '请告诉来电者：答案只留在这个浏览器里。最后，{partner} 只会知道建议的是哪一种照护，绝不会看到答案。按下“{newCaller}”就会清除。',
      notDiagnosis: '请告诉来电者这不是诊断。由临床专业人员进行的评估，才能决定哪一种照护适合。',
    },
    review: {
      heading: '检查来电者的答案',
      intro: '把答案念回给来电者听。今天有不同的就修改，然后查看结果。',
    },
    ui: {
      ask: '请问：',
      panelTitle: '实时评分',
      panelNote: '还没问到的问题，以最低风险计算。',
      rating: '{n}／4',
      severity: '严重程度',
      criteria: '11 项标准中符合 {n} 项',
      provisionalLevel: '暂定级别',
      emergency: '紧急',
      shortcutsTitle: '键盘快捷键',
      shortcutNumbers: '1–9：在当前问题中选择该答案',
      shortcutEnter: 'Enter：继续',
      shortcutBack: 'Alt + 左方向键：返回',
      shortcutToggle: '用数字键选择答案',
      noteHeading: '接诊记录',
      copyNote: '复制接诊记录',
      copied: '已复制',
      copyFailed: '复制被阻止了。记录已在下方选中：请按 Ctrl+C 复制。',
      newCaller: '新的来电者',
      newCallerConfirm: '要为新的来电者清除所有答案吗？此操作无法撤销。',
      newCallerYes: '是，全部清除',
      cancel: '取消',
      crisisHeading: '工作人员：请陪在来电者身边',
      crisisSteps: [
        '不要挂断，一直保持通话。',
        '如果现在有任何人有危险，请拨打 911，或请来电者拨打 911。',
        '如果有自杀的念头，请陪同转接到 988：在帮对方接通的过程中，您要一直保持通话，不要挂断。',
        '遵照您中心的危机处理流程，并告诉您的主管。',
      ],
    },
    result: {
      nextStep: {
        today: {
          title: '下一步：提供今天的评估',
          body: '答案显示应该立即接受照护。请提供今天的临床评估。如果今天没有空位，请预约最早的一个，并确认对方有危机求助电话。',
        },
        soon: {
          title: '下一步：提供这几天内的评估',
          body: '请在这几天内提供临床评估，或安排在配合对方作息的时间。',
        },
      },
      crisisResourcesTitle: '自杀筛查结果为阳性：今天就帮对方联系 988',
    },
    dimensions: {
      d1: '急性中毒和／或戒断的可能性',
      d2: '生理医疗状况和并发症',
      d3: '情绪、行为或认知状况和并发症',
      d4: '改变的准备程度',
      d5: '复发、持续使用或问题持续的可能性',
      d6: '康复／生活环境',
    },
    severity: { none: '无', mild: '轻度', moderate: '中度', severe: '重度' },
    note: {
      title: '照护级别筛查：接诊记录',
      notDiagnosis: '根据本人或来电者自述的筛查，不是诊断。',
      dateTime: '日期和时间',
      center: '中心',
      appVersion: '应用程序版本',
      contractVersion: '规格版本',
      answersHeading: '答案',
      sections: {
        respondent: '作答者',
        about: '关于对方',
        safety: '现在的安全',
        use: '物质使用',
        withdrawal: '戒断',
        medical: '身体健康',
        suicide: '自杀风险筛查（ASQ）',
        mental: '心理健康',
        readiness: '改变的准备程度',
        history: '治疗经历',
        living: '居住情况和支持',
        obligations: '工作、上学和家庭',
        insurance: '保险',
      },
      dimensionsHeading: '各维度评分（0-4）',
      resultHeading: '结果',
      severity: '严重程度',
      criteriaCount: '符合标准数',
      level: '照护级别',
      emergency: '紧急',
      withdrawal: '戒断处理',
      withdrawalValues: {
        none: '未显示需要',
        monitor: '留意戒断征兆',
        ambulatory: '门诊式（一开始可能需要医疗监督下的戒断治疗）',
        inpatient: '住院式（医疗监测下的戒断处理，3.7-WM）',
      },
      urgency: '紧急程度',
      urgencyValues: {
        emergency: '紧急：先打 911 或 988，再做其他事',
        today: '今天打电话',
        soon: '尽快（这几天内）',
      },
      alternative: '可讨论的替代选项',
      none: '无',
      reasonsHeading: '原因',
      notesHeading: '注意事项',
    },
  },

  programs: zhHansPrograms,
  call: zhHansCall,
  interpreter: zhHansInterpreter,
} satisfies LaterWords;
