import { type CardActionHandler, loadForView, runCardCommand, str } from './card-action-context';

export const showParticipantsForm: CardActionHandler = async (ctx) => {
  const loaded = await loadForView(ctx, str(ctx.action.data, 'networkId'));
  if (!loaded.ok) return loaded.card;
  return ctx.renderer.render({ type: 'participants' }, loaded.network, loaded.config, {
    viewer: ctx.actor,
    locale: ctx.incoming.locale,
  });
};

const FORM_FIELDS = [
  'person',
  'role',
  'guestUntil',
  'extName',
  'extOrganisation',
  'extEmail',
  'extRole',
  'extGuestUntil',
  'heldOn',
];
const formValues = (data: Record<string, unknown>) => Object.fromEntries(FORM_FIELDS.map((f) => [f, str(data, f)]));

/** Invites a colleague the app knows (chosen by person key); the bot sends them an invitation card. */
export const inviteParticipant: CardActionHandler = async (ctx) => {
  const data = ctx.action.data;
  const networkId = str(data, 'networkId');
  const loaded = await loadForView(ctx, networkId);
  if (!loaded.ok) return loaded.card;
  const person = (await ctx.renderer.knownPeople(loaded.network)).find(
    (p) => `${p.tenantId}_${p.objectId}` === str(data, 'person'),
  );
  const role = str(data, 'role') || 'participant';
  return runCardCommand(
    ctx,
    {
      type: 'inviteParticipant',
      networkId,
      person,
      role,
      ...(role === 'guest' && str(data, 'guestUntil') ? { guestUntil: str(data, 'guestUntil') } : {}),
    },
    { type: 'participants' },
    { values: formValues(data), sharedCard: false },
  );
};

/** Adds someone from outside the organisation (name, organisation, e-mail); they take part outside Teams. */
export const addExternalParticipant: CardActionHandler = (ctx) => {
  const data = ctx.action.data;
  const role = str(data, 'extRole') || 'participant';
  return runCardCommand(
    ctx,
    {
      type: 'addExternalParticipant',
      networkId: str(data, 'networkId'),
      name: str(data, 'extName'),
      organisation: str(data, 'extOrganisation'),
      email: str(data, 'extEmail'),
      role,
      ...(role === 'guest' && str(data, 'extGuestUntil') ? { guestUntil: str(data, 'extGuestUntil') } : {}),
    },
    { type: 'participants' },
    { values: formValues(data), sharedCard: false },
  );
};
