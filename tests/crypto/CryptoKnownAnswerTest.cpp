// Known-answer tests of SoHoa's cryptography: each expected value is typed in from a published source
// (named beside it), never produced by SoHoa's code, so a wrong parameter, a truncated input or a
// different algorithm behind one of our functions fails here.
#include "core/crypto/Hash.h"
#include "core/crypto/KeyWrap.h"
#include "core/crypto/PasswordKdf.h"
#include "core/crypto/SecretBytes.h"
#include "core/sync/Signature.h"

#include <QByteArray>
#include <gtest/gtest.h>

using namespace sohoa;

namespace {

QByteArray hex(const char* text)
{
    return QByteArray::fromHex(QByteArray(text));
}

crypto::SecretBytes secret(const QByteArray& bytes)
{
    return crypto::SecretBytes::copyOf(reinterpret_cast<const unsigned char*>(bytes.constData()),
                                       std::size_t(bytes.size()));
}

QByteArray bytesOf(const crypto::SecretBytes& s)
{
    return QByteArray(reinterpret_cast<const char*>(s.data()), qsizetype(s.size()));
}

// --- Ed25519: RFC 8032 section 7.1, TEST 1, TEST 2, TEST 3 -------------------------------------------

struct Ed25519Vector {
    const char* secretKey; // the 32-byte seed of RFC 8032
    const char* publicKey;
    const char* message;
    const char* signature;
};

const Ed25519Vector kRfc8032[] = {
    {"9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
     "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "",
     "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f"
     "0595bbe"
     "24655141438e7a100b"},
    {"4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
     "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", "72",
     "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2ea"
     "eb430"
     "2aeeb00d291612bb0c00"},
    {"c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
     "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025", "af82",
     "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e"
     "9716e"
     "d28dc027beceea1ec40a"},
};

// libsodium's secret key is the seed followed by the public key.
crypto::SecretBytes signingKey(const char* seed, const char* publicKey)
{
    return secret(hex(seed) + hex(publicKey));
}

} // namespace

TEST(CryptoKat, Ed25519SignsAndVerifiesTheRfc8032Vectors)
{
    for (const Ed25519Vector& v : kRfc8032) {
        SCOPED_TRACE(v.signature);
        const QByteArray message = hex(v.message);
        const QByteArray publicKey = hex(v.publicKey);
        EXPECT_EQ(sync::signDetached(message, signingKey(v.secretKey, v.publicKey)).toHex(),
                  QByteArray(v.signature));
        EXPECT_TRUE(sync::verifyDetached(hex(v.signature), message, publicKey));

        QByteArray forged = hex(v.signature);
        forged[5] = char(forged[5] ^ 0x01);
        EXPECT_FALSE(sync::verifyDetached(forged, message, publicKey));
        EXPECT_FALSE(sync::verifyDetached(hex(v.signature), QByteArray(message + 'x'), publicKey));
    }
}

// RFC 8032 section 7.3, TEST abc: Ed25519ph, which StreamSignature (packages) uses.
TEST(CryptoKat, Ed25519phStreamSignatureMatchesRfc8032)
{
    const char* seed = "833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42";
    const char* publicKey = "ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf";
    const QByteArray signature =
        "98a70222f0b8121aa9d30f813d683f809e462b469c7ff87639499bb94e6dae4131f85042463c2a355a20"
        "03d062adf5aaa10b8c61e636062aaad11c2a26083406";
    sync::StreamSignature signer;
    signer.add("a"); // the message "abc" in two pieces: the stream must hash them as one
    signer.add("bc");
    EXPECT_EQ(signer.sign(signingKey(seed, publicKey)).toHex(), signature);

    sync::StreamSignature verifier;
    verifier.add("abc");
    EXPECT_TRUE(verifier.verify(QByteArray::fromHex(signature), hex(publicKey)));
    sync::StreamSignature other;
    other.add("abd");
    EXPECT_FALSE(other.verify(QByteArray::fromHex(signature), hex(publicKey)));
    // Plain Ed25519 over the same message is a different signature.
    EXPECT_FALSE(sync::verifyDetached(QByteArray::fromHex(signature), "abc", hex(publicKey)));
}

// --- BLAKE2b ----------------------------------------------------------------------------------------------

TEST(CryptoKat, Blake2bMatchesRfc7693AndLibsodiumKeyedVectors)
{
    // RFC 7693 appendix A: BLAKE2b-512("abc").
    const QByteArray abc =
        "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5"
        "de4533cc9518d38aa8dbf1925ab92386edd4009923";
    EXPECT_EQ(crypto::blake2b("abc", 64).toHex(), abc);
    crypto::Blake2bStream stream(64);
    stream.add("ab");
    stream.add("");
    stream.add("c");
    EXPECT_EQ(stream.finish().toHex(), abc);

    // libsodium test/default/generichash.{c,exp}: line i hashes the bytes 0, 1, …, i-1 with the key
    // 0, 1, …, i into 1 + i bytes.
    struct Keyed {
        int i;
        const char* out;
    };
    const Keyed keyed[] = {
        {0, "05"},
        {15, "0c7c9c3922d41a7b2b3b20f92685d560"},
        {31, "a9f51bb7f6a3e9cdb96ce652c07d177962a348a9cced1b92f948187e59b44463"},
        {63,
         "bd965bf31e87d70327536f2a341cebc4768eca275fa05ef98f7f1b71a0351298de006fba73fe6733ed01d75801b4a928e5"
         "4231b38e38c562b2e33ea1284992fa"},
    };
    for (const Keyed& k : keyed) {
        QByteArray in, key;
        for (int b = 0; b < k.i; ++b)
            in.append(char(b));
        for (int b = 0; b <= k.i; ++b)
            key.append(char(b));
        EXPECT_EQ(crypto::blake2bKeyed(in, key, k.i + 1).toHex(), QByteArray(k.out)) << "line " << k.i + 1;
    }
}

// --- XSalsa20-Poly1305 (secretbox): the NaCl vector of libsodium test/default/secretbox_easy.{c,exp} -----

namespace {

const char* const kSecretboxKey = "1b27556473e985d462cd51197a9a46c76009549eac6474f206c4ee0844f68389";
const char* const kSecretboxNonce = "69696ee955b62b73cd62bda875fc73d68219e0036b7a0b37";
const char* const kSecretboxMessage =
    "be075fc53c81f2d5cf141316ebeb0c7b5228c52a4c62cbd44b66849b64244ffce5ecbaaf33bd751a1ac728d45e6c6129"
    "6cdc3c01233561f41db66cce314adb310e3be8250c46f06dceea3a7fa1348057e2f6556ad6b1318a024a838f21af1fde"
    "048977eb48f59ffd4924ca1c60902e52f0a089bc76897040e082f937763848645e0705";
const char* const kSecretboxBoxed = // MAC, then ciphertext
    "f3ffc7703f9400e52a7dfb4b3d3305d98e993b9f48681273c29650ba32fc76ce48332ea7164d96a4476fb8c531a1186a"
    "c0dfc17c98dce87b4da7f011ec48c97271d2c20f9b928fe2270d6fb863d51738b48eeee314a7cc8ab932164548e526ae"
    "90224368517acfeabd6bb3732bc0e9da99832b61ca01b6de56244a9e88d5f9b37973f622a43d14a6599b1f654cb45a74"
    "e355a5";

} // namespace

TEST(CryptoKat, SecretboxOpensTheNaclVectorAndRefusesAnyChange)
{
    // seal() writes the nonce first, then the MAC and the ciphertext.
    const QByteArray sealed = hex(kSecretboxNonce) + hex(kSecretboxBoxed);
    const crypto::SecretBytes key = secret(hex(kSecretboxKey));
    auto opened = crypto::open(sealed, key);
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    EXPECT_EQ(opened->toHex(), QByteArray(kSecretboxMessage));
    auto unwrapped = crypto::unwrapKey(sealed, key);
    ASSERT_TRUE(unwrapped);
    EXPECT_EQ(bytesOf(*unwrapped).toHex(), QByteArray(kSecretboxMessage));

    for (int at : {0, 24, 40, int(sealed.size()) - 1}) { // nonce, MAC, ciphertext, last byte
        QByteArray changed = sealed;
        changed[at] = char(changed[at] ^ 0x80);
        EXPECT_FALSE(crypto::open(changed, key)) << "byte " << at;
        EXPECT_FALSE(crypto::unwrapKey(changed, key)) << "byte " << at;
    }
    QByteArray otherKey = hex(kSecretboxKey);
    otherKey[0] = char(otherKey[0] ^ 0x01);
    EXPECT_FALSE(crypto::open(sealed, secret(otherKey)));

    // Our own sealing opens with the same primitive (its nonce is random, so only the round trip is fixed).
    const QByteArray message = hex(kSecretboxMessage);
    const QByteArray ours = crypto::seal(message, key);
    EXPECT_EQ(ours.size(), sealed.size());
    auto back = crypto::open(ours, key);
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, message);
}

// --- Argon2id v1.3 ----------------------------------------------------------------------------------------

namespace {

// libsodium test/default/pwhash_argon2id.c (tv) and .exp: the password, the salt (crypto_pwhash reads
// the first 16 bytes of the listed salt), opslimit, memlimit in bytes, and the output (its length is
// the output length).
struct Argon2Vector {
    const char* password;
    const char* salt;
    std::uint64_t ops;
    std::uint64_t mem;
    const char* out;
};

const Argon2Vector kArgon2id[] = {
    {"a347ae92bce9f80f6f595a4480fc9c2fe7e7d7148d371e9487d75f5c23008ffae065577a928febd9b1973a5a95073acd"
     "beb6a030cfc0d79caa2dc5cd011cef02c08da232d76d52dfbca38ca8dcbd665b17d1665f7cf5fe59772ec909733b24de"
     "97d6f58d220b20c60d7c07ec1fd93c52c31020300c6c1facd77937a597c7a6",
     "5541fbc995d5c197ba290346d2c559de", 5, 7256678,
     "18acec5d6507739f203d1f5d9f1d862f7c2cdac4f19d2bdff64487e60d969e3ced615337b9eec6ac4461c6ca07f09397"
     "41e57c24d0005c7ea171a0ee1e7348249d135b38f222e4dad7b9a033ed83f5ca27277393e316582033c74affe2566a2b"
     "ea47f91f0fd9fe49ece7e1f79f3ad6e9b23e0277c8ecc4b313225748dd2a80f5679534a0700e246a79a49b3f74eb89ec"
     "6205fe1eeb941c73b1fcf1"},
    {"e125cee61c8cb7778d9e5ad0a6f5d978ce9f84de213a8556d9ffe202020ab4a6ed9074a4eb3416f9b168f137510f3a30"
     "b70b96cbfa219ff99f6c6eaffb15c06b60e00cc2890277f0fd3c622115772f7048adaebed86e",
     "f1192dd5dc2368b9cd421338b2243345", 4, 7849083,
     "26bab5f101560e48c711da4f05e81f5a3802b7a93d5155b9cab153069cc42b8e9f910bfead747652a0708d70e4de0bad"
     "a37218bd203a1201c36b42f9a269b675b1f30cfc36f35a3030e9c7f57dfba0d341a974c1886f708c3e8297efbfe411bb"
     "9d51375264bd7c70d57a8a56fc9de2c1c97c08776803ec2cd0140bba8e61dc0f4ad3d3d1a89b4b710af81bfe35a0eea1"
     "93e18a6da0f5ec05542c9eefc4584458e1da715611ba09617384748bd43b9bf1f3a6df4ecd091d0875e08d6e2fd8a5c7"
     "ce08904b5160cd38167b76ec76ef2d310049055a564da23d4ebd2b87e421cc33c401e12d5cd8d936c9baf75ebdfb557d"
     "342d2858fc781da31860"},
    {"b540beb016a5366524d4605156493f9874514a5aa58818cd0c6dfffaa9e90205f17b",
     "44071f6d181561670bda728d43fb79b4", 1, 1631659,
     "7fb72409b0987f8190c3729710e98c3f80c5a8727d425fdcde7f3644d467fe973f5b5fee683bd3fce812cb9ae5e9921a"
     "2d06c2f1905e4e839692f2b934b682f11a2fe2b90482ea5dd234863516dba6f52dc0702d324ec77d860c2e181f84472b"
     "d7104fedce071ffa93c5309494ad51623d214447a7b2b1462dc7d5d55a1f6fd5b54ce024118d86f0c6489d16545aaa87"
     "b6689dad9f2fb47fda9894f8e12b87d978b483ccd4cc5fd9595cdc7a818452f915ce2f7df95ec12b1c72e3788d473441"
     "d884f9748eb14703c21b45d82fd667b85f5b2d98c13303b3fe76285531a826b6fc0fe8e3dddecf"},
};

} // namespace

TEST(CryptoKat, Argon2idMatchesLibsodiumsPublishedVectors)
{
    for (const Argon2Vector& v : kArgon2id) {
        const QByteArray expected(v.out);
        auto key =
            crypto::argon2id(hex(v.password), hex(v.salt), v.ops, v.mem, std::size_t(expected.size() / 2));
        ASSERT_TRUE(key) << key.error().message.toStdString();
        EXPECT_EQ(bytesOf(*key).toHex(), expected);
    }
    // pwhash_argon2id.c tv3, entry 2 (verifies): the empty password, the encoded hash
    // $argon2id$v=19$m=4882,t=2,p=1$bA81arsiXysd3WbTRzmEOw$Nm8QBM+7RH1DXo9rvp5cwKEOOOfD2g6JuxlXihoNcpE
    // — a 16-byte salt and a 32-byte key, the shape of an account's key.
    const QByteArray salt = QByteArray::fromBase64("bA81arsiXysd3WbTRzmEOw==");
    auto key = crypto::argon2id(QByteArray(), salt, 2, 4882 * 1024, crypto::kKeyBytes);
    ASSERT_TRUE(key);
    EXPECT_EQ(bytesOf(*key), QByteArray::fromBase64("Nm8QBM+7RH1DXo9rvp5cwKEOOOfD2g6JuxlXihoNcpE="));
}

TEST(CryptoKat, PasswordKeyIsArgon2idAndRefusesWeakSettings)
{
    const QByteArray salt = QByteArray::fromBase64("bA81arsiXysd3WbTRzmEOw==");
    const crypto::KdfParams interactive = crypto::KdfParams::interactive();
    auto viaPolicy = crypto::derivePasswordKey("correct horse", salt, interactive);
    auto direct = crypto::argon2id("correct horse", salt, interactive.opsLimit, interactive.memLimitBytes);
    ASSERT_TRUE(viaPolicy);
    ASSERT_TRUE(direct);
    EXPECT_TRUE(viaPolicy->equals(*direct));
    // The published vector's costs are below SoHoa's floor for accounts, and a short salt is refused.
    EXPECT_FALSE(crypto::derivePasswordKey(QByteArray(), salt, crypto::KdfParams{2, 4882 * 1024}));
    EXPECT_FALSE(crypto::derivePasswordKey("correct horse", salt.left(8), interactive));
    EXPECT_FALSE(crypto::argon2id("correct horse", salt.left(8), 2, 4882 * 1024));
}
