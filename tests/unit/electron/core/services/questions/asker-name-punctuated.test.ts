/**
 * A villager often types more than a bare name in the 姓名 box: 王明（三组）, 三组：王明. The
 * name is compared without its punctuation, so the question's own writing of it, punctuation and
 * all, must still be found and hidden, and an answer repeating it still refused. Only between
 * two characters written together in the name is a sentence's punctuation no part of it
 * (老王，明天 is no 王明).
 */
import { describe, expect, it } from 'vitest'
import {
  askerIn,
  hideAskerName,
} from '../../../../../../electron/core/services/questions/asker-in-answer'

describe('a name typed with punctuation in it', () => {
  it.each([
    ['王明（三组）', '我是王明（三组），村口路灯坏了'],
    ['三组：王明', '三组：王明反映，村口路灯坏了'],
    ['王明,王芳', '王明,王芳夫妇问：村口路灯坏了'],
  ])('%s is hidden in the question as written there', (name, text) => {
    const r = hideAskerName(text, name)
    expect(r.hidden).toBe(true)
    expect(r.text).not.toContain('王明')
    expect(r.text).toContain('村口路灯坏了')
  })

  it.each([
    ['王明（三组）', '王明（三组）您好，路灯已修好'],
    ['三组：王明', '三组：王明同志，路灯已修好'],
  ])('%s in an answer is refused as naming the asker', (name, text) => {
    expect(askerIn(text, { name, phone: '' })).toBe('name')
  })

  it('a sentence break between two characters written together in the name is still no name', () => {
    expect(askerIn('已和老王，明天一起去看', { name: '王明', phone: '' })).toBeNull()
    expect(hideAskerName('找老王，明天能修吗', '王明').hidden).toBe(false)
    expect(askerIn('已和老王，明天一起去看', { name: '王明（三组）', phone: '' })).toBeNull()
  })
})
