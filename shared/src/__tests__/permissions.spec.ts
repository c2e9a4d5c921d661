import { ACTIONS, ROLES, allowedActions, roleCan } from '../index';

describe('the permission table', () => {
  it('lets the public only read', () => {
    expect(allowedActions(null)).toEqual(['space.read', 'history.read']);
  });

  it('keeps account, structure and space management, and the powers over every space, to administrators', () => {
    for (const role of ROLES) {
      const expected = role === 'ADMIN';
      const adminOnly = [
        'user.manage',
        'structure.manage',
        'space.manage',
        'space.readAll',
        'comment.createAnywhere',
        'invitation.manage',
        'document.purge',
      ] as const;
      for (const action of adminOnly) {
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

  it('lets every account, and only accounts, look up people and structures to mention', () => {
    for (const role of ROLES) expect([role, roleCan(role, 'mention.search')]).toEqual([role, true]);
    expect(roleCan(null, 'mention.search')).toBe(false);
  });

  it('lets only the GT ESC approve an official version, and only the writers of versions propose one, administrators included', () => {
    expect(ROLES.filter((role) => roleCan(role, 'version.approve'))).toEqual(['GT_ESC']);
    expect(ROLES.filter((role) => roleCan(role, 'version.propose'))).toEqual(['GT_ESC', 'GROUPE_NUMERIQUE']);
    expect(roleCan(null, 'history.read')).toBe(true);
  });

  it('gives every action a French description', () => {
    for (const description of Object.values(ACTIONS)) expect(description).toMatch(/^[A-ZÀ-Ý]/);
  });
});
