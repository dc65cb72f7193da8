/** Korean (draft, polite 해요체) words for the call card's hours, text link and reminder. */
import type { CallWords } from './call-words';

export const koCall = {
  always: {
    you: '하루 24시간, 일주일 내내 누군가 전화를 받아요.',
    they: '하루 24시간, 일주일 내내 누군가 전화를 받아요.',
    staff: '접수처는 하루 24시간, 일주일 내내 열려 있어요.',
  },
  openNow: {
    you: '지금 접수처가 열려 있어요. 누군가 전화를 받을 거예요.',
    they: '지금 접수처가 열려 있어요. 누군가 전화를 받을 거예요.',
    staff: '지금 접수처가 열려 있어요.',
  },
  closedNow: {
    you: '지금은 접수처가 닫혀 있어요. {day} {time}({zone})에 다시 열어요.',
    they: '지금은 접수처가 닫혀 있어요. {day} {time}({zone})에 다시 열어요.',
    staff: '지금은 접수처가 닫혀 있어요. {day} {time}({zone})에 다시 열어요.',
  },
  closedNoOpening: {
    you: '지금은 접수처가 닫혀 있어요.',
    they: '지금은 접수처가 닫혀 있어요.',
    staff: '지금은 접수처가 닫혀 있어요.',
  },
  meanwhile: {
    you: '지금 누군가와 이야기하고 싶으세요? 988과 SAMHSA 전국 상담 전화는 무료이고 24시간 받아요.',
    they: '지금 누군가와 이야기하고 싶으세요? 988과 SAMHSA 전국 상담 전화는 무료이고, 본인이나 소중한 사람을 위해 24시간 받아요.',
    staff:
      '그동안 당사자는 988에 전화나 문자를 하거나, SAMHSA 전국 상담 전화 {phone}에 전화할 수 있어요. 둘 다 무료이고 24시간 받아요.',
  },
  callHelpline: '상담 전화에 전화: {phone}',
  text: {
    prompt: '문자가 더 편하세요?',
    link: '{center}에 문자 보내기: {phone}',
    hint: {
      you: '메시지에는 답변 코드만 들어가요.',
      they: '메시지에는 답변 코드만 들어가요.',
    },
    body: '내 코드: {code}',
  },
  reminder: {
    open: '전화하라고 알려 주기',
    intro: '이 기기에 달력 파일을 저장해요. 파일에는 {center}의 이름과 전화번호만 들어가요.',
    date: '날짜',
    time: '시간',
    timeHint: '날짜와 시간은 본인이 있는 곳의 시간대 기준이에요.',
    save: '알림 저장',
    saved: '알림을 저장했어요. 파일을 열어 달력에 추가하세요.',
    missing: '날짜와 시간을 입력하세요.',
    past: '아직 지나지 않은 시간을 고르세요.',
    title: '{center}에 전화',
    description: '{center}에 전화하세요: {phone}',
    fileName: '전화-알림',
  },
} satisfies CallWords;
