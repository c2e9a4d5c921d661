import { ACTIONS, ROLES, allowedActions, roleCan } from '../index';

describe('the permission table', () => {
  it('lets the public only read', () => {
    expect(allowedActions(null)).toEqual(['space.read']);
  });

  it('keeps account, structure and space management to administrators', () => {
    for (const role of ROLES) {
      const expected = role === 'ADMIN';
      for (const action of ['user.manage', 'structure.manage', 'space.manage', 'invitation.manage', 'document.purge'] as const) {
        expect([role, action, roleCan(role, action)]).toEqual([role, action, expected]);
      }
    }
  });

  it('lets members read, comment and manage their own profile, but not write documents', () => {
    const member = allowedActions('MEMBRE');
    expect(member).toEqual(expect.arrayContaining(['space.read', 'profile.update', 'comment.read', 'comment.create', 'notification.manage']));
    expect(member.filter((action) => action.startsWith('document.'))).toEqual([]);
  });

  it('keeps hiding comments to administrators and the GT ESC', () => {
    expect(ROLES.filter((role) => roleCan(role, 'comment.moderate'))).toEqual(['ADMIN', 'GT_ESC']);
  });

  it('gives every action a French description', () => {
    for (const description of Object.values(ACTIONS)) expect(description).toMatch(/^[A-ZÀ-Ý]/);
  });
});
