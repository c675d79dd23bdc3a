// The channel-neutral message types (OutboundMessage, MessageAction, ActionInvocation, ...).
global using SalesBot.Core.Messaging;
